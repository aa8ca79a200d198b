package com.onewindow.shared.crm;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** An activity as lists show it. */
public record ActivityRow(
    Long id,
    Long companyId,
    String companyName,
    @Nullable String contactName,
    String managerName,
    ActivityType type,
    Instant occurredAt,
    @Nullable String outcome) {}
