package com.onewindow.shared.crm;

import com.onewindow.shared.audit.AuditTrail;
import com.onewindow.shared.common.BusinessRuleViolation;
import com.onewindow.shared.security.StaffPrincipal;
import com.onewindow.shared.staff.StaffUser;
import java.time.Clock;
import java.util.List;
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
        head.asActor(), AUDIT_ACTION, subject.auditType, subjectId, describe(before, after, why));
  }

  @Transactional(propagation = Propagation.MANDATORY, readOnly = true)
  List<AttributionView.Change> history(Subject subject, long subjectId) {
    return switch (subject) {
      case REQUEST -> changes.findHistory(subjectId);
      case CONTRACT -> changes.findContractHistory(subjectId);
    };
  }

  private static String describe(Attribution before, Attribution after, String reason) {
    return "channel: "
        + before.channel()
        + " → "
        + after.channel()
        + "; foundBy: "
        + name(before.foundBy())
        + " → "
        + name(after.foundBy())
        + "; carriedBy: "
        + name(before.carriedBy())
        + " → "
        + name(after.carriedBy())
        + "; reason: "
        + reason;
  }

  private static String name(@Nullable StaffUser user) {
    return user == null ? "—" : user.getFullName();
  }
}
