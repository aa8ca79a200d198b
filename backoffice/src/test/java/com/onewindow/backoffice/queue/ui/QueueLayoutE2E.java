package com.onewindow.backoffice.queue.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.onewindow.backoffice.BackofficeApplication;
import com.onewindow.shared.testing.BrowserHarness;
import com.onewindow.shared.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The queue fits a common office screen, 1280 by 800, with every column in view and no sideways
 * scrolling, for the head office's widest queue (with the branch column) in both languages.
 */
@SpringBootTest(classes = BackofficeApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT)
@TestDatabase
class QueueLayoutE2E {

  /** How far the grid's rows reach past its visible width, in CSS pixels. */
  private static final String OVERFLOW =
      "grid => grid.$.table.scrollWidth - grid.$.table.clientWidth";

  private static BrowserHarness browser;

  @LocalServerPort int port;

  @BeforeAll
  static void launchBrowser() {
    browser = BrowserHarness.launch();
  }

  @AfterAll
  static void closeBrowser() {
    browser.close();
  }

  @Test
  void the_head_offices_queue_fits_1280_by_800_without_scrolling_sideways() {
    Page page = browser.newPage("http://localhost:" + port);
    assertThat(page.viewportSize().width).isEqualTo(1280);
    signIn(page, "tech.hq");
    assertThat(page.locator("vaadin-grid-cell-content").getByText("SLA").first()).isVisible();
    page.locator("vaadin-grid").first().evaluate("grid => grid.recalculateColumnWidths()");
    BrowserHarness.screenshot(page, "backoffice-queue-1280x800");

    assertThat(((Number) page.locator("vaadin-grid").first().evaluate(OVERFLOW)).intValue())
        .as("pixels of the queue hidden to the right")
        .isLessThanOrEqualTo(0);

    page.getByText("English").click();
    assertThat(page.locator("vaadin-grid-cell-content").getByText("Branch, assignee").first())
        .isVisible();
    BrowserHarness.screenshot(page, "backoffice-queue-1280x800-en");
    assertThat(((Number) page.locator("vaadin-grid").first().evaluate(OVERFLOW)).intValue())
        .as("pixels of the English queue hidden to the right")
        .isLessThanOrEqualTo(0);
  }

  private static void signIn(Page page, String username) {
    page.navigate("/login");
    page.getByLabel("Имя пользователя").fill(username);
    page.getByLabel("Пароль", new Page.GetByLabelOptions().setExact(true)).fill("demo12345");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Войти")).click();
  }
}
