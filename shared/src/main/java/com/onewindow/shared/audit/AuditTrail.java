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

  /** Records an action and the fields it changed, as data the screens translate. */
  @Transactional(propagation = Propagation.MANDATORY)
  public void record(
      Actor actor, String action, String subjectType, long subjectId, List<AuditChange> changes) {
    entries.save(
        new AuditEntry(clock.instant(), actor, action, subjectType, subjectId, null, changes));
  }

  /** Records an action described in words only (prefer the fields, which screens translate). */
  @Transactional(propagation = Propagation.MANDATORY)
  public void record(
      Actor actor, String action, String subjectType, long subjectId, String summary) {
    entries.save(
        new AuditEntry(clock.instant(), actor, action, subjectType, subjectId, summary, List.of()));
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
