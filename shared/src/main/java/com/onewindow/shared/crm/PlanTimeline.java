package com.onewindow.shared.crm;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * A manager's targets over time: the unit's default until their first own plan, then each plan from
 * its date. A period's plan is the sum of the daily targets of its working days (Monday to Friday),
 * so fractions add up (0.5 a day is 2.5 a week) instead of being rounded away.
 */
final class PlanTimeline {

  private final DailyTargets unitDefault;
  private final List<FunnelPlan> plans;

  PlanTimeline(DailyTargets unitDefault, List<FunnelPlan> plans) {
    this.unitDefault = unitDefault;
    this.plans =
        plans.stream()
            .sorted(
                Comparator.comparing(FunnelPlan::getEffectiveFrom)
                    .thenComparing(FunnelPlan::getSetAt)
                    .reversed())
            .toList();
  }

  DailyTargets on(LocalDate day) {
    return plans.stream()
        .filter(p -> !p.getEffectiveFrom().isAfter(day))
        .findFirst()
        .map(FunnelPlan::targets)
        .orElse(unitDefault);
  }

  /** The plan of the working days from {@code from} to {@code to}, both included. */
  BigDecimal over(LocalDate from, LocalDate to, ActivityType type) {
    BigDecimal sum = BigDecimal.ZERO;
    for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
      if (isWorkingDay(day)) {
        sum = sum.add(on(day).of(type));
      }
    }
    return sum;
  }

  static boolean isWorkingDay(LocalDate day) {
    return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
  }
}
