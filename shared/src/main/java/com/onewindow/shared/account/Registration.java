package com.onewindow.shared.account;

import org.jspecify.annotations.Nullable;

/** What a visitor types to open an account; the INN of their company may come later. */
public record Registration(
    String fullName, String email, String phone, String password, @Nullable String inn) {}
