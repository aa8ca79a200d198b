package com.onewindow.shared.crm;

import java.util.List;

/** The caller's targets today, their unit's default and the history of their own plans. */
public record MyPlan(
    DailyTargets current, DailyTargets unitDefault, List<PlanHistoryRow> history) {}
