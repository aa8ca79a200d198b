package com.onewindow.shared.crm;

import com.onewindow.shared.staff.Unit;

/** A colleague a head may name as having found or carried a deal. */
public record StaffOption(long id, String fullName, Unit unit) {}
