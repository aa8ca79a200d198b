package com.onewindow.shared.crm;

import com.onewindow.shared.staff.Unit;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A manager's plan against actual for today, the week so far and the month so far, with their load:
 * clients owned and callbacks open (R2).
 */
public record Progress(
    long managerId,
    String username,
    String managerName,
    Unit unit,
    LocalDate today,
    DailyTargets targets,
    List<Figure> figures,
    long clients,
    long openCallbacks) {

  /** Today, the week so far (Monday on), the month so far. */
  public enum Period {
    TODAY,
    WEEK,
    MONTH
  }

  /** One cell: the plan of a period for one activity type and what was done. */
  public record Figure(Period period, ActivityType type, BigDecimal plan, long actual) {

    public boolean met() {
      return BigDecimal.valueOf(actual).compareTo(plan) >= 0;
    }
  }

  public Figure figure(Period period, ActivityType type) {
    return figures.stream()
        .filter(f -> f.period() == period && f.type() == type)
        .findFirst()
        .orElseThrow();
  }
}
