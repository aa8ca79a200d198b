package com.onewindow.shared.request;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** Published when a request moves from one state to another, after the change is saved. */
public record RequestStatusChanged(
    @Nullable Long requestId,
    @Nullable String number,
    Long branchId,
    Long companyId,
    @Nullable RequestStatus from,
    RequestStatus to,
    Instant at) {}
