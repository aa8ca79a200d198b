package com.onewindow.shared.crm;

import java.time.Instant;
import java.time.LocalDate;

/** One of a manager's own plans, newest first. */
public record PlanHistoryRow(LocalDate effectiveFrom, DailyTargets targets, Instant setAt) {}
