package com.onewindow.shared.crm;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** What a manager logs; no time means now. */
public record LogActivity(
    long companyId,
    @Nullable Long contactId,
    ActivityType type,
    @Nullable Instant occurredAt,
    @Nullable String outcome) {}
