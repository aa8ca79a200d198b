package com.onewindow.backoffice.plan.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.onewindow.backoffice.BackofficeApplication;
import com.onewindow.backoffice.testing.CrmBrowsing;
import com.onewindow.shared.testing.BrowserHarness;
import com.onewindow.shared.testing.TestDatabase;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * On the demo's first start the Saratov head's dashboard shows a working team: the week and the
 * month so far have their calls and meetings from the demo's past months (today is left empty for
 * whoever tries the demo, so a period with no working day before today stays at zero).
 */
@SpringBootTest(classes = BackofficeApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT)
@TestDatabase
class TeamDashboardE2E {

  private static final Pattern NONE_DONE = Pattern.compile("^0 /");

  private static BrowserHarness browser;

  @LocalServerPort int port;
  @Autowired Clock clock;

  @BeforeAll
  static void launchBrowser() {
    browser = BrowserHarness.launch();
  }

  @AfterAll
  static void closeBrowser() {
    browser.close();
  }

  @Test
  void the_saratov_heads_dashboard_shows_each_managers_week_and_month_from_the_demo_history() {
    Page head = CrmBrowsing.signIn(browser, port, "head.saratov");
    head.navigate("/team");
    LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Europe/Saratov")));
    boolean workedThisWeek =
        hasWorkingDay(today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)), today);
    boolean workedThisMonth = hasWorkingDay(today.withDayOfMonth(1), today);

    for (String manager : new String[] {"sales.saratov", "service.saratov"}) {
      var card = head.locator("[data-manager='" + manager + "']");
      assertThat(card).isVisible();
      if (workedThisWeek) {
        assertThat(cell(card, "WEEK-CALL")).not().hasText(NONE_DONE);
        assertThat(cell(card, "WEEK-MEETING")).not().hasText(NONE_DONE);
      }
      if (workedThisMonth) {
        assertThat(cell(card, "MONTH-CALL")).not().hasText(NONE_DONE);
        assertThat(cell(card, "MONTH-MEETING")).not().hasText(NONE_DONE);
      }
    }
    BrowserHarness.screenshot(head, "team-dashboard-demo-history");
  }

  /** Whether a working day lies from {@code from} up to, not including, {@code today}. */
  private static boolean hasWorkingDay(LocalDate from, LocalDate today) {
    for (LocalDate day = from; day.isBefore(today); day = day.plusDays(1)) {
      if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
        return true;
      }
    }
    return false;
  }

  private static Locator cell(Locator scope, String name) {
    return scope.locator("[data-cell='" + name + "']");
  }
}
