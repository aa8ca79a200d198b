package com.onewindow.shared.account;

import org.jspecify.annotations.Nullable;

/** A user of the customer's company, or one waiting to be accepted into it. */
public record CompanyMember(
    long id,
    String fullName,
    String email,
    @Nullable String phone,
    boolean admin,
    boolean pending) {

  static CompanyMember of(CustomerUser user, boolean pending) {
    return new CompanyMember(
        user.getId(),
        user.getFullName(),
        user.getEmail(),
        user.getPhone(),
        user.isCompanyAdmin(),
        pending);
  }
}
