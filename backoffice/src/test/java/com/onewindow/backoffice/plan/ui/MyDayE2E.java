package com.onewindow.backoffice.plan.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.onewindow.backoffice.BackofficeApplication;
import com.onewindow.backoffice.testing.CrmBrowsing;
import com.onewindow.shared.crm.ClientService;
import com.onewindow.shared.testing.BrowserHarness;
import com.onewindow.shared.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Мой день on a common office screen and by keyboard: the quick entry is one row at 1280 by 800
 * with the side menu open, in both languages and for a contract too; Enter in a text area writes a
 * new line and saves nothing.
 */
@SpringBootTest(classes = BackofficeApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT)
@TestDatabase
class MyDayE2E {

  /** How far apart, in CSS pixels, the bottoms of the row's visible fields and button are. */
  private static final String SPREAD =
      "row => { const b = [...row.children].filter(c => c.offsetParent !== null)"
          + ".map(c => c.getBoundingClientRect().bottom);"
          + " return Math.max(...b) - Math.min(...b); }";

  private static BrowserHarness browser;

  @LocalServerPort int port;
  @Autowired ClientService clients;

  @Autowired
  @Qualifier("staffUserDetailsService")
  UserDetailsService staffUsers;

  @BeforeAll
  static void launchBrowser() {
    browser = BrowserHarness.launch();
  }

  @AfterAll
  static void closeBrowser() {
    browser.close();
  }

  @Test
  void the_quick_entry_is_one_row_at_1280_by_800_with_the_side_menu_open() {
    Page sales = CrmBrowsing.signIn(browser, port, "sales.vladivostok");
    sales.navigate("/my-day");
    assertThat(sales.viewportSize().width).isEqualTo(1280);
    assertThat(sales.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Мой день")))
        .isVisible();
    var row = sales.locator(".quick-entry");
    assertThat(sales.getByLabel("Итог")).isVisible();
    BrowserHarness.screenshot(sales, "my-day-quick-entry-1280x800");
    assertThat(spread(row)).as("a call's quick entry in one row").isLessThan(20);

    sales.getByLabel("Тип").click();
    sales.locator("vaadin-select-item").getByText("Договор").click();
    assertThat(sales.getByLabel("№ договора")).isVisible();
    BrowserHarness.screenshot(sales, "my-day-quick-entry-contract-1280x800");
    assertThat(spread(row)).as("a contract's quick entry in one row").isLessThan(20);

    sales.getByText("English").click();
    sales.getByLabel("Type").click();
    sales.locator("vaadin-select-item").getByText("Contract").click();
    assertThat(sales.getByLabel("Contract no.")).isVisible();
    BrowserHarness.screenshot(sales, "my-day-quick-entry-1280x800-en");
    assertThat(spread(row)).as("the English quick entry in one row").isLessThan(20);
  }

  @Test
  void enter_in_the_correction_note_starts_a_new_line_and_saves_nothing() {
    String client = "ООО «Хвалынские сады»";
    CrmBrowsing.aNewClientOf(staffUsers, clients, "sales.vladivostok", client);
    Page sales = CrmBrowsing.signIn(browser, port, "sales.vladivostok");
    sales.navigate("/my-day");
    sales.getByLabel("Клиент").fill("Хвалынские");
    sales.locator("vaadin-combo-box-item").getByText(client).click();
    var outcome = sales.getByLabel("Итог");
    outcome.fill("Не дозвонился");
    outcome.press("Enter");
    var rows =
        sales.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText(client));
    assertThat(rows).hasCount(1);
    // a typed outcome waits in the quick entry: an Enter that leaked there would log it
    outcome.fill("Этот звонок не записывать");

    sales
        .getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Исправить"))
        .first()
        .click();
    var dialog = sales.getByRole(AriaRole.DIALOG);
    var note = dialog.getByLabel("Пояснение к исправлению");
    note.click();
    note.pressSequentially("Перепутал клиента.");
    note.press("Enter");
    note.pressSequentially("Звонил в другой день.");
    assertThat(note).hasValue("Перепутал клиента.\nЗвонил в другой день.");
    assertThat(note).isVisible();
    BrowserHarness.screenshot(sales, "my-day-correction-note-two-lines");
    assertThat(rows).hasCount(1);

    var corrected = dialog.getByLabel("Итог");
    corrected.fill("Дозвонился со второго раза");
    corrected.press("Enter");
    assertThat(dialog).hasCount(0);
    assertThat(sales.locator("vaadin-grid").getByText("Дозвонился со второго раза")).isVisible();
    assertThat(rows).hasCount(1);
    assertThat(outcome).hasValue("Этот звонок не записывать");
  }

  private static int spread(Locator row) {
    return ((Number) row.evaluate(SPREAD)).intValue();
  }
}
