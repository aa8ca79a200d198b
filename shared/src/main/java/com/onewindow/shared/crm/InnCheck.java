package com.onewindow.shared.crm;

import org.jspecify.annotations.Nullable;

/**
 * Whether a company with this INN exists. The caller learns its id only if they may see it; else
 * just that it exists and who owns it.
 */
public record InnCheck(boolean exists, @Nullable Long visibleCompanyId, @Nullable OwnerCard owner) {

  static InnCheck free() {
    return new InnCheck(false, null, null);
  }
}
