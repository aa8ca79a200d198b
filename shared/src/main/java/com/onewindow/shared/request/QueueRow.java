package com.onewindow.shared.request;

import com.onewindow.shared.common.LocalizedText;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A row of the technicians' queue (B1). */
public record QueueRow(
    Long id,
    @Nullable String number,
    String companyName,
    String inn,
    LocalizedText branchName,
    Channel channel,
    RequestStatus status,
    @Nullable Instant submittedAt,
    @Nullable String assigneeName,
    SlaState slaState,
    @Nullable Instant dueAt) {}
