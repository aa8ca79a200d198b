package com.onewindow.shared.live;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Something changed that open screens may want to show: published in every app instance once the
 * change is committed, whichever instance made it.
 */
public record LiveChange(
    long id,
    Topic topic,
    long subjectId,
    @Nullable Long branchId,
    @Nullable Long companyId,
    Instant occurredAt) {

  /** What kind of record changed. */
  public enum Topic {
    REQUEST,
    ACTIVITY
  }
}
