package com.onewindow.shared.crm;

import com.onewindow.shared.staff.Unit;
import org.jspecify.annotations.Nullable;

/** A colleague a head may name as having found or carried a deal. */
public record StaffOption(long id, String fullName, @Nullable Unit unit) {}
