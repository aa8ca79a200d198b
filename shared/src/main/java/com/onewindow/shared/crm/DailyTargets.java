package com.onewindow.shared.crm;

import com.onewindow.shared.common.BusinessRuleViolation;
import java.math.BigDecimal;

/** A day's funnel targets (R2); fractions are kept (0.5 contracts a day is one every two days). */
public record DailyTargets(BigDecimal calls, BigDecimal meetings, BigDecimal contracts) {

  public static final DailyTargets NONE =
      new DailyTargets(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);

  public DailyTargets {
    for (BigDecimal target : new BigDecimal[] {calls, meetings, contracts}) {
      if (target == null || target.signum() < 0 || target.compareTo(BigDecimal.valueOf(1000)) > 0) {
        throw new BusinessRuleViolation("crm.error.targetRange");
      }
    }
  }

  public static DailyTargets of(String calls, String meetings, String contracts) {
    return new DailyTargets(
        new BigDecimal(calls), new BigDecimal(meetings), new BigDecimal(contracts));
  }

  /** The target of one counted activity type; emails are not targeted. */
  public BigDecimal of(ActivityType type) {
    return switch (type) {
      case CALL -> calls;
      case MEETING -> meetings;
      case CONTRACT -> contracts;
      case EMAIL -> BigDecimal.ZERO;
    };
  }
}
