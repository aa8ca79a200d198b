package com.onewindow.shared.crm;

import org.jspecify.annotations.Nullable;

/** A company that may be the one being entered: same normalised name or the same phone. */
public record LookAlike(
    String legalName, boolean sameName, boolean samePhone, @Nullable Long visibleCompanyId) {}
