package com.onewindow.shared.audit;

import com.onewindow.shared.security.Actor;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes and reads the audit trail. Writing joins the changing transaction, so an entry exists
 * exactly when the change it describes does. Callers (services) have already checked the caller's
 * right to the subject: this component does not scope.
 */
@Component
public class AuditTrail {

  private final AuditEntries entries;
  private final Clock clock;

  AuditTrail(AuditEntries entries, Clock clock) {
    this.entries = entries;
    this.clock = clock;
  }

  @Transactional(propagation = Propagation.MANDATORY)
  public void record(
      Actor actor, String action, String subjectType, long subjectId, String changes) {
    entries.save(new AuditEntry(clock.instant(), actor, action, subjectType, subjectId, changes));
  }

  @Transactional(propagation = Propagation.MANDATORY, readOnly = true)
  public List<AuditRecord> of(String subjectType, long subjectId) {
    return entries
        .findBySubjectTypeAndSubjectIdOrderByOccurredAtAscIdAsc(subjectType, subjectId)
        .stream()
        .map(AuditEntry::toRecord)
        .toList();
  }
}
