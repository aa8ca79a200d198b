package com.onewindow.shared.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.jspecify.annotations.Nullable;

/**
 * One field an action changed, with its old and new value as data, not words: enum names, ISO
 * dates, true/false, names of people, free text as typed. Each screen translates them.
 */
@Embeddable
public record AuditChange(
    String field,
    @Column(name = "old_value") @Nullable String before,
    @Column(name = "new_value") @Nullable String after) {

  static final int VALUE_MAX = 4000;

  public AuditChange {
    before = clip(before);
    after = clip(after);
  }

  private static @Nullable String clip(@Nullable String value) {
    return value == null || value.length() <= VALUE_MAX
        ? value
        : value.substring(0, VALUE_MAX - 1) + "…";
  }
}
