package com.onewindow.shared.crm;

import com.onewindow.shared.request.Channel;
import com.onewindow.shared.request.RequestStatus;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A request's attribution: its channel, who found the client, who carried the deal, and changes;
 * {@code changeable} when the caller may change it (a head of the request's branch, or of the head
 * office).
 */
public record AttributionView(
    Long requestId,
    @Nullable String number,
    RequestStatus status,
    Instant createdAt,
    Channel channel,
    @Nullable Long foundById,
    @Nullable String foundBy,
    @Nullable Long carriedById,
    @Nullable String carriedBy,
    List<Change> changes,
    boolean changeable) {

  /** One change, newest first. */
  public record Change(
      Instant at, String changedBy, Channel oldChannel, Channel newChannel, String reason) {}
}
