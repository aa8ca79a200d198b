package com.onewindow.shared.crm;

import com.onewindow.shared.request.Channel;
import com.onewindow.shared.staff.StaffUser;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A head changed the channel or managers of a request or of a contract: before, after, who, when
 * and why. The audit trail (X5) gets the same change as well, see {@link AttributionLedger}.
 */
@Entity
@Table(name = "crm_attribution_change")
class AttributionChange {

  static final int REASON_MAX = 1000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private @Nullable Long requestId;
  private @Nullable Long contractId;
  private Long changedById;
  private Instant changedAt;

  @Enumerated(EnumType.STRING)
  private Channel oldChannel;

  @Enumerated(EnumType.STRING)
  private Channel newChannel;

  private @Nullable Long oldFoundById;
  private @Nullable Long newFoundById;
  private @Nullable Long oldCarriedById;
  private @Nullable Long newCarriedById;
  private String reason;

  protected AttributionChange() {}

  AttributionChange(
      AttributionLedger.Subject subject,
      long subjectId,
      Long changedById,
      Instant changedAt,
      Attribution before,
      Attribution after,
      String reason) {
    this.requestId = subject == AttributionLedger.Subject.REQUEST ? subjectId : null;
    this.contractId = subject == AttributionLedger.Subject.CONTRACT ? subjectId : null;
    this.changedById = changedById;
    this.changedAt = changedAt;
    this.oldChannel = before.channel();
    this.newChannel = after.channel();
    this.oldFoundById = idOf(before.foundBy());
    this.newFoundById = idOf(after.foundBy());
    this.oldCarriedById = idOf(before.carriedBy());
    this.newCarriedById = idOf(after.carriedBy());
    this.reason = reason;
  }

  private static @Nullable Long idOf(@Nullable StaffUser user) {
    return user == null ? null : user.getId();
  }

  @Nullable Long getRequestId() {
    return requestId;
  }

  @Nullable Long getContractId() {
    return contractId;
  }

  Instant getChangedAt() {
    return changedAt;
  }

  Channel getOldChannel() {
    return oldChannel;
  }

  Channel getNewChannel() {
    return newChannel;
  }

  String getReason() {
    return reason;
  }

  Long getChangedById() {
    return changedById;
  }
}
