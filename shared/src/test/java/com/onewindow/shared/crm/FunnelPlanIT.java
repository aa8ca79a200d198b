package com.onewindow.shared.crm;

import static com.onewindow.shared.crm.CrmFixtures.freshInn;
import static com.onewindow.shared.crm.CrmFixtures.newClient;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.onewindow.shared.SharedTestApplication;
import com.onewindow.shared.common.BusinessRuleViolation;
import com.onewindow.shared.crm.Progress.Period;
import com.onewindow.shared.testing.MutableClock;
import com.onewindow.shared.testing.TestDatabase;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/**
 * Plan against actual over a period (R2): fractional daily targets add up over the working days
 * instead of being rounded away, and a manager's own targets apply from their date on. The clock
 * stands on Friday 6 March 2026 in Yekaterinburg; the week and the month so far are Monday 2 to
 * Friday 6 March, five working days.
 */
@SpringBootTest(classes = SharedTestApplication.class)
@TestDatabase
@Transactional
class FunnelPlanIT {

  private static final ZoneId EKB = ZoneId.of("Asia/Yekaterinburg");
  private static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);

  @Autowired ActivityService activities;
  @Autowired FunnelPlanService plans;
  @Autowired ClientService clients;
  @Autowired MutableClock clock;

  private Instant before;

  @BeforeEach
  void standOnFridayAfternoon() {
    before = clock.instant();
    clock.set(at(MONDAY.plusDays(4), 15));
  }

  @AfterEach
  void restoreTheClock() {
    clock.set(before);
  }

  @Test
  @WithUserDetails(value = "sales.ekb", userDetailsServiceBeanName = "staffUserDetailsService")
  void half_a_contract_a_day_makes_two_and_a_half_a_week_so_two_contracts_fall_short() {
    long client = clients.create(newClient(freshInn(), "ООО «Уралмаш-Сервис»", null));
    logOn(client, ActivityType.CONTRACT, 0, 1);

    var contracts = plans.myProgress().figure(Period.WEEK, ActivityType.CONTRACT);

    assertThat(contracts.plan()).isEqualByComparingTo("2.5");
    assertThat(contracts.actual()).isEqualTo(2);
    assertThat(contracts.met()).isFalse();
  }

  @Test
  @WithUserDetails(value = "sales.ekb", userDetailsServiceBeanName = "staffUserDetailsService")
  void three_contracts_in_the_week_meet_two_and_a_half() {
    long client = clients.create(newClient(freshInn(), "ООО «Исеть-Офис»", null));
    logOn(client, ActivityType.CONTRACT, 0, 2, 4);

    var progress = plans.myProgress();

    assertThat(progress.figure(Period.WEEK, ActivityType.CONTRACT).met()).isTrue();
    assertThat(progress.figure(Period.MONTH, ActivityType.CONTRACT).plan())
        .isEqualByComparingTo("2.5");
    assertThat(progress.figure(Period.TODAY, ActivityType.CONTRACT).plan())
        .isEqualByComparingTo("0.5");
    assertThat(progress.figure(Period.TODAY, ActivityType.CONTRACT).met()).isTrue();
  }

  @Test
  @WithUserDetails(value = "sales.ekb", userDetailsServiceBeanName = "staffUserDetailsService")
  void own_targets_apply_from_their_date_and_the_earlier_days_keep_the_default() {
    clock.set(at(MONDAY.plusDays(2), 9));
    plans.adjustMyTargets(DailyTargets.of("10", "4", "0.5"), null);
    clock.set(at(MONDAY.plusDays(4), 15));

    var calls = plans.myProgress().figure(Period.WEEK, ActivityType.CALL);

    // Monday and Tuesday at the default 15, Wednesday to Friday at the manager's own 10.
    assertThat(calls.plan()).isEqualByComparingTo(new BigDecimal("60"));
    assertThat(plans.myPlan().current().calls()).isEqualByComparingTo("10");
    assertThat(plans.myPlan().history()).hasSize(1);
  }

  @Test
  @WithUserDetails(value = "sales.ekb", userDetailsServiceBeanName = "staffUserDetailsService")
  void a_plan_cannot_start_in_the_past() {
    assertThatThrownBy(() -> plans.adjustMyTargets(DailyTargets.of("10", "4", "0.5"), MONDAY))
        .isInstanceOfSatisfying(
            BusinessRuleViolation.class,
            e -> assertThat(e.messageKey()).isEqualTo("crm.error.planInPast"));
  }

  @Test
  @WithUserDetails(value = "head.saratov", userDetailsServiceBeanName = "staffUserDetailsService")
  void a_head_sees_each_subordinate_against_their_units_default() {
    var team = plans.team();

    assertThat(team)
        .extracting(Progress::managerName)
        .containsExactlyInAnyOrder("Воробьёв Алексей Николаевич", "Киселёва Елена Викторовна");
    var sales =
        team.stream().filter(p -> p.managerName().startsWith("Воробьёв")).findFirst().orElseThrow();
    assertThat(sales.figure(Period.TODAY, ActivityType.CALL).plan()).isEqualByComparingTo("15");
    assertThat(sales.figure(Period.TODAY, ActivityType.MEETING).plan()).isEqualByComparingTo("4");
    assertThat(sales.clients()).isPositive();
  }

  private void logOn(long client, ActivityType type, int... daysAfterMonday) {
    for (int day : daysAfterMonday) {
      activities.log(new LogActivity(client, null, type, at(MONDAY.plusDays(day), 11), "Подписан"));
    }
  }

  private static Instant at(LocalDate day, int hour) {
    return LocalDateTime.of(day, java.time.LocalTime.of(hour, 0)).atZone(EKB).toInstant();
  }
}
