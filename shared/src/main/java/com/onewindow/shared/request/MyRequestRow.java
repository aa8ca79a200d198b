package com.onewindow.shared.request;

import com.onewindow.shared.common.LocalizedText;
import java.time.Instant;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;

/**
 * A row of "my requests": status and dates, shown in the zone of the request's branch, and the
 * order the request is a part of, if several branches serve that order's sites.
 */
public record MyRequestRow(
    Long id,
    @Nullable String number,
    RequestStatus status,
    @Nullable Instant submittedAt,
    Instant createdAt,
    LocalizedText branchName,
    ZoneId zone,
    @Nullable OrderPart order) {

  public MyRequestRow(
      Long id,
      @Nullable String number,
      RequestStatus status,
      @Nullable Instant submittedAt,
      Instant createdAt,
      String branchRu,
      String branchEn,
      String zone,
      @Nullable String orderNumber,
      @Nullable Integer orderPart,
      @Nullable Integer orderParts) {
    this(
        id,
        number,
        status,
        submittedAt,
        createdAt,
        new LocalizedText(branchRu, branchEn),
        ZoneId.of(zone),
        orderNumber == null || orderPart == null || orderParts == null
            ? null
            : new OrderPart(orderNumber, orderPart, orderParts));
  }
}
