package com.onewindow.shared.request;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Staff wrote a customer-visible message on a request; published in the saving transaction, so the
 * mail to the customer is queued exactly when the message is stored.
 */
public record CustomerMessagePosted(
    Long requestId,
    @Nullable String number,
    String contactEmail,
    @Nullable Long createdByCustomerId,
    String authorName,
    String text,
    Instant at) {}
