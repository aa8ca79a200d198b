package com.onewindow.shared.crm;

import com.onewindow.shared.request.Channel;
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
 * A head changed a request's channel or managers: before, after, who, when and why. Kept here until
 * the audit trail (X5) is in place, then mirrored there as well.
 */
@Entity
@Table(name = "crm_attribution_change")
class AttributionChange {

  static final int REASON_MAX = 1000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private Long requestId;
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
      Long requestId,
      Long changedById,
      Instant changedAt,
      Channel oldChannel,
      Channel newChannel,
      @Nullable Long oldFoundById,
      @Nullable Long newFoundById,
      @Nullable Long oldCarriedById,
      @Nullable Long newCarriedById,
      String reason) {
    this.requestId = requestId;
    this.changedById = changedById;
    this.changedAt = changedAt;
    this.oldChannel = oldChannel;
    this.newChannel = newChannel;
    this.oldFoundById = oldFoundById;
    this.newFoundById = newFoundById;
    this.oldCarriedById = oldCarriedById;
    this.newCarriedById = newCarriedById;
    this.reason = reason;
  }

  Long getRequestId() {
    return requestId;
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
