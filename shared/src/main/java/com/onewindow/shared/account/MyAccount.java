package com.onewindow.shared.account;

import org.jspecify.annotations.Nullable;

/** The signed-in customer's own account: their company, or the one they wait to join. */
public record MyAccount(
    String fullName,
    String email,
    @Nullable String phone,
    @Nullable String companyName,
    boolean companyAdmin,
    @Nullable String pendingCompanyName) {}
