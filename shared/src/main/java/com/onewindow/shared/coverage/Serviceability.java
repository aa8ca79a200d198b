package com.onewindow.shared.coverage;

import com.onewindow.shared.common.LocalizedText;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The answer of the serviceability check (P2) for one address: whether it can be connected, by
 * which branch, how and how fast. An address with a field that cannot be read has {@link
 * #fieldErrors} (field → message key) and no status.
 */
public record Serviceability(
    @Nullable CoverageStatus status,
    @Nullable Long branchId,
    @Nullable LocalizedText branchName,
    @Nullable Technology technology,
    int bestSpeedMbps,
    Map<String, String> fieldErrors) {

  public Serviceability {
    fieldErrors = Map.copyOf(fieldErrors);
  }

  static Serviceability invalid(Map<String, String> fieldErrors) {
    return new Serviceability(null, null, null, null, 0, fieldErrors);
  }

  public boolean isValid() {
    return fieldErrors.isEmpty();
  }

  public boolean isCovered() {
    return status == CoverageStatus.COVERED;
  }
}
