package com.onewindow.shared.crm;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** What a manager logs; no time means now. A contract may carry its number. */
public record LogActivity(
    long companyId,
    @Nullable Long contactId,
    ActivityType type,
    @Nullable Instant occurredAt,
    @Nullable String outcome,
    @Nullable String contractNumber) {

  /** Anything but a numbered contract. */
  public LogActivity(
      long companyId,
      @Nullable Long contactId,
      ActivityType type,
      @Nullable Instant occurredAt,
      @Nullable String outcome) {
    this(companyId, contactId, type, occurredAt, outcome, null);
  }
}
