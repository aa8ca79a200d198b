package com.onewindow.shared.crm;

import java.time.Instant;
import java.time.ZoneId;

/** A callback task in the owner's list; times are shown in the client's branch zone. */
public record TaskRow(
    Long id,
    Long companyId,
    String companyName,
    String callerPhone,
    String note,
    Instant createdAt,
    String createdBy,
    CallbackTask.Status status,
    ZoneId zone) {

  public TaskRow(
      Long id,
      Long companyId,
      String companyName,
      String callerPhone,
      String note,
      Instant createdAt,
      String createdBy,
      CallbackTask.Status status,
      String zone) {
    this(
        id,
        companyId,
        companyName,
        callerPhone,
        note,
        createdAt,
        createdBy,
        status,
        ZoneId.of(zone));
  }
}
