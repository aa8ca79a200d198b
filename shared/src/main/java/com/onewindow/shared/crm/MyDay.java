package com.onewindow.shared.crm;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/** The signed-in manager's day: what they logged today and where they stand against the plan. */
public record MyDay(LocalDate date, ZoneId zone, List<ActivityRow> activities, Progress progress) {}
