package com.onewindow.shared.security;

import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The signed-in user of the current request, as services need it to scope their queries. */
public final class CurrentUser {

  private CurrentUser() {}

  public static Optional<StaffPrincipal> staff() {
    return principal(StaffPrincipal.class);
  }

  public static Optional<CustomerPrincipal> customer() {
    return principal(CustomerPrincipal.class);
  }

  public static StaffPrincipal requireStaff() {
    return staff().orElseThrow(() -> new AccessDeniedException("staff only"));
  }

  public static CustomerPrincipal requireCustomer() {
    return customer().orElseThrow(() -> new AccessDeniedException("customers only"));
  }

  private static <T> Optional<T> principal(Class<T> type) {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication == null || !type.isInstance(authentication.getPrincipal())) {
      return Optional.empty();
    }
    return Optional.of(type.cast(authentication.getPrincipal()));
  }
}
