package com.onewindow.shared.crm;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlanTimelineTest {

  private static final DailyTargets DIRECT = DailyTargets.of("15", "4", "0.5");
  private static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);

  @Test
  void a_five_day_week_at_half_a_contract_a_day_plans_two_and_a_half() {
    var timeline = new PlanTimeline(DIRECT, List.of());

    assertThat(timeline.over(MONDAY, MONDAY.plusDays(4), ActivityType.CONTRACT))
        .isEqualByComparingTo("2.5");
  }

  @Test
  void weekends_carry_no_plan() {
    var timeline = new PlanTimeline(DIRECT, List.of());

    assertThat(timeline.over(MONDAY, MONDAY.plusDays(6), ActivityType.CALL))
        .isEqualByComparingTo("75");
  }

  @Test
  void the_latest_plan_set_for_a_day_wins() {
    var first = new FunnelPlan(1L, MONDAY, DailyTargets.of("12", "4", "0.5"), 1L, Instant.EPOCH);
    var second =
        new FunnelPlan(
            1L, MONDAY, DailyTargets.of("10", "4", "0.5"), 1L, Instant.EPOCH.plusSeconds(1));
    var timeline = new PlanTimeline(DIRECT, List.of(first, second));

    assertThat(timeline.on(MONDAY).calls()).isEqualByComparingTo("10");
    assertThat(timeline.on(MONDAY.minusDays(1)).calls()).isEqualByComparingTo("15");
  }
}
