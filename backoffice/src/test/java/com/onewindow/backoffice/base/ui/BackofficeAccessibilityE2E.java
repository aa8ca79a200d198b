package com.onewindow.backoffice.base.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.onewindow.backoffice.BackofficeApplication;
import com.onewindow.backoffice.testing.CrmBrowsing;
import com.onewindow.shared.testing.Accessibility;
import com.onewindow.shared.testing.BrowserHarness;
import com.onewindow.shared.testing.TestDatabase;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** The backoffice's main pages pass an automated WCAG 2.1 AA check with no serious violation. */
@SpringBootTest(classes = BackofficeApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT)
@TestDatabase
class BackofficeAccessibilityE2E {

  private static final String BAKERY = "ООО «Саратовский хлебозавод»";
  private static final Pattern REQUEST_NUMBER = Pattern.compile("^20\\d\\d-\\d{7}$");

  private static BrowserHarness browser;

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;

  @BeforeAll
  static void launchBrowser() {
    browser = BrowserHarness.launch();
  }

  @AfterAll
  static void closeBrowser() {
    browser.close();
  }

  @Test
  void the_sign_in_page_has_no_serious_violation() {
    Page page = browser.newPage("http://localhost:" + port);
    page.navigate("/login");
    assertThat(page.getByLabel("Имя пользователя")).isVisible();
    Accessibility.assertNoSeriousViolations(page);
  }

  @Test
  void the_queue_of_all_branches_has_no_serious_violation() {
    Page page = CrmBrowsing.signIn(browser, port, "tech.hq");
    assertThat(requestNumbers(page).first()).isVisible();
    BrowserHarness.screenshot(page, "backoffice-a11y-queue");
    Accessibility.assertNoSeriousViolations(page);
  }

  @Test
  void the_page_of_a_request_has_no_serious_violation() {
    Page page = CrmBrowsing.signIn(browser, port, "tech.hq");
    requestNumbers(page).first().click();
    assertThat(
            page.getByRole(
                AriaRole.HEADING,
                new Page.GetByRoleOptions().setName(Pattern.compile("Заявка \\d{4}-\\d{7}"))))
        .isVisible();
    Accessibility.assertNoSeriousViolations(page);
  }

  @Test
  void the_clients_and_a_clients_card_have_no_serious_violation() {
    Page page = CrmBrowsing.signIn(browser, port, "service.saratov");
    page.navigate("/clients");
    var bakery = page.locator("vaadin-grid-cell-content").getByText(BAKERY);
    assertThat(bakery).isVisible();
    Accessibility.assertNoSeriousViolations(page);

    bakery.click();
    assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(BAKERY)))
        .isVisible();
    Accessibility.assertNoSeriousViolations(page);
  }

  @Test
  void the_inbound_desk_with_a_client_found_has_no_serious_violation() {
    String inn =
        jdbc.queryForObject("select inn from company where legal_name = ?", String.class, BAKERY);
    Page page = CrmBrowsing.signIn(browser, port, "inbound.perm");
    page.navigate("/inbound");
    Accessibility.assertNoSeriousViolations(page);

    page.getByLabel("Найти клиента").fill(inn);
    page.locator("vaadin-grid-cell-content").getByText(BAKERY).click();
    assertThat(
            page.getByRole(
                AriaRole.REGION, new Page.GetByRoleOptions().setName("Владелец клиента")))
        .isVisible();
    Accessibility.assertNoSeriousViolations(page);
  }

  @Test
  void my_day_has_no_serious_violation() {
    Page page = CrmBrowsing.signIn(browser, port, "sales.saratov");
    page.navigate("/my-day");
    assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Мой день")))
        .isVisible();
    Accessibility.assertNoSeriousViolations(page);
  }

  @Test
  void the_team_dashboard_has_no_serious_violation() {
    Page page = CrmBrowsing.signIn(browser, port, "head.saratov");
    page.navigate("/team");
    assertThat(page.locator("h1")).isVisible();
    Accessibility.assertNoSeriousViolations(page);
  }

  private static com.microsoft.playwright.Locator requestNumbers(Page page) {
    return page.locator("vaadin-grid-cell-content").getByText(REQUEST_NUMBER);
  }
}
