package com.onewindow.shared.crm;

import com.onewindow.shared.audit.AuditChange;
import com.onewindow.shared.audit.AuditTrail;
import com.onewindow.shared.common.BusinessRuleViolation;
import com.onewindow.shared.security.StaffPrincipal;
import com.onewindow.shared.staff.StaffUser;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records a head's change of attribution, the same way for requests and contracts: a reason is
 * required, the change is kept with before and after, and the audit trail gets it too. The caller
 * (a service) has already checked that the head may change this subject.
 */
@Component
class AttributionLedger {

  static final String AUDIT_ACTION = "REATTRIBUTE";
  static final String CHANNEL_FIELD = "channel";
  static final String FOUND_BY_FIELD = "foundBy";
  static final String CARRIED_BY_FIELD = "carriedBy";

  /** The audit's field for text as a person typed it. */
  static final String REASON_FIELD = "text";

  /** What an attribution belongs to, named in the audit trail as that subject's own entries are. */
  enum Subject {
    REQUEST("ConnectionRequest"),
    CONTRACT("Contract");

    final String auditType;

    Subject(String auditType) {
      this.auditType = auditType;
    }
  }

  private final AttributionChanges changes;
  private final AuditTrail audit;
  private final Clock clock;

  AttributionLedger(AttributionChanges changes, AuditTrail audit, Clock clock) {
    this.changes = changes;
    this.audit = audit;
    this.clock = clock;
  }

  /** Refuses a change without a reason before anything is loaded or changed. */
  static String requireReason(String reason) {
    if (reason.isBlank()) {
      throw new BusinessRuleViolation("crm.error.reasonRequired");
    }
    return reason.strip();
  }

  @Transactional(propagation = Propagation.MANDATORY)
  void record(
      StaffPrincipal head,
      Subject subject,
      long subjectId,
      Attribution before,
      Attribution after,
      String reason) {
    String why = requireReason(reason);
    changes.save(
        new AttributionChange(
            subject, subjectId, head.staffId(), clock.instant(), before, after, why));
    audit.record(
        head.asActor(), AUDIT_ACTION, subject.auditType, subjectId, changes(before, after, why));
  }

  @Transactional(propagation = Propagation.MANDATORY, readOnly = true)
  List<AttributionView.Change> history(Subject subject, long subjectId) {
    return switch (subject) {
      case REQUEST -> changes.findHistory(subjectId);
      case CONTRACT -> changes.findContractHistory(subjectId);
    };
  }

  /**
   * The fields the head changed, as data the screens translate (X5): the channel as its name,
   * managers by their names, and the reason as typed, under the audit's field for typed text.
   */
  static List<AuditChange> changes(Attribution before, Attribution after, String reason) {
    var changed = new ArrayList<AuditChange>();
    if (before.channel() != after.channel()) {
      changed.add(new AuditChange(CHANNEL_FIELD, before.channel().name(), after.channel().name()));
    }
    addIfChanged(changed, FOUND_BY_FIELD, before.foundBy(), after.foundBy());
    addIfChanged(changed, CARRIED_BY_FIELD, before.carriedBy(), after.carriedBy());
    changed.add(new AuditChange(REASON_FIELD, null, reason));
    return List.copyOf(changed);
  }

  private static void addIfChanged(
      List<AuditChange> changed,
      String field,
      @Nullable StaffUser before,
      @Nullable StaffUser after) {
    if (!Objects.equals(idOf(before), idOf(after))) {
      changed.add(new AuditChange(field, name(before), name(after)));
    }
  }

  private static @Nullable Long idOf(@Nullable StaffUser user) {
    return user == null ? null : user.getId();
  }

  private static @Nullable String name(@Nullable StaffUser user) {
    return user == null ? null : user.getFullName();
  }
}
