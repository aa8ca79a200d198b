package com.onewindow.backoffice.crm.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

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
 * C4 on the client's card: a manager logs a call there by keyboard alone, and a contract signed
 * earlier today that joins the card's contracts; a technician, who logs no activities, is not
 * offered the entry. Vladivostok's manager, so that the times are the client's zone's.
 */
@SpringBootTest(classes = BackofficeApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT)
@TestDatabase
class ClientCardActivityE2E {

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
  void a_manager_logs_a_call_from_the_client_card_by_keyboard_and_sees_it_in_its_activities() {
    long clientId = aNewClientOfSalesVladivostok("ООО «Энгельсский кирпич»");
    Page sales = signIn("sales.vladivostok");
    sales.navigate("/client/" + clientId);
    var activities = sales.locator("vaadin-grid.activities");
    assertThat(activities).containsText("Активностей нет");

    var open = button(sales, "Записать активность");
    open.focus();
    open.press("Enter");
    var dialog = sales.getByRole(AriaRole.DIALOG);
    assertThat(dialog.getByLabel("Итог")).isFocused();
    assertThat(dialog.getByLabel("Тип")).containsText("Звонок");
    sales.keyboard().type("Обсудили переезд офиса");
    BrowserHarness.screenshot(sales, "client-card-log-a-call");
    sales.keyboard().press("Enter");

    assertThat(dialog).hasCount(0);
    assertThat(sales.getByText("Записано: Звонок")).isVisible();
    assertThat(activities).containsText("Обсудили переезд офиса");
    assertThat(activities).containsText("Звонок");
    assertThat(activities).containsText("Данилова Вера Сергеевна");
    BrowserHarness.screenshot(sales, "client-card-call-logged");

    // Esc closes the entry and logs nothing
    open.click();
    assertThat(dialog.getByLabel("Итог")).isFocused();
    sales.keyboard().type("Передумал");
    sales.keyboard().press("Escape");
    assertThat(dialog).hasCount(0);
    assertThat(activities).not().containsText("Передумал");
  }

  @Test
  void a_contract_logged_on_the_card_with_its_contact_joins_the_cards_contracts() {
    long clientId = aNewClientOfSalesVladivostok("ООО «Вольский цемент»");
    Page sales = signIn("sales.vladivostok");
    sales.navigate("/client/" + clientId);
    var contracts = sales.locator("vaadin-grid.contracts");
    assertThat(contracts).containsText("Договоров нет");

    button(sales, "Записать активность").click();
    sales.getByLabel("Тип").click();
    sales.locator("vaadin-select-item").getByText("Договор").click();
    var contact = sales.getByLabel("Контакт");
    assertThat(contact).isEnabled();
    contact.pressSequentially("Ива");
    // the filtered item must be there before the arrow picks it (it raced the filter once)
    assertThat(sales.locator("vaadin-combo-box-item").getByText("Иванов Иван")).isVisible();
    contact.press("ArrowDown");
    contact.press("Enter");
    assertThat(contact).hasValue("Иванов Иван");
    assertThat(sales.getByRole(AriaRole.DIALOG).getByLabel("Итог")).isVisible();
    sales.getByLabel("№ договора").fill("Д-77/26");
    // signed at midnight, the client's time: an earlier time of today, never one ahead
    var time = sales.getByLabel("Время");
    time.fill("00:00");
    time.press("Tab");
    var outcome = sales.getByLabel("Итог");
    outcome.fill("Подписали на два года");
    BrowserHarness.screenshot(sales, "client-card-log-a-contract");
    outcome.press("Enter");

    assertThat(sales.getByText("Записано: Договор")).isVisible();
    assertThat(contracts).containsText("Д-77/26");
    assertThat(contracts).containsText("Иванов Иван");
    assertThat(contracts).containsText("Прямые продажи");
    var activities = sales.locator("vaadin-grid.activities");
    assertThat(activities).containsText("Подписали на два года");
    assertThat(activities).containsText(", 00:00");
  }

  @Test
  void a_technician_sees_the_card_without_the_activity_entry() {
    long clientId = aNewClientOfSalesVladivostok("ООО «Балаковский элеватор»");
    Page tech = signIn("tech.vladivostok");
    tech.navigate("/client/" + clientId);
    assertThat(tech.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Активности")))
        .isVisible();
    assertThat(tech.locator("vaadin-grid.activities")).isVisible();
    assertThat(button(tech, "Записать активность")).hasCount(0);
  }

  private static Locator button(Page page, String name) {
    return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name));
  }

  private long aNewClientOfSalesVladivostok(String legalName) {
    return CrmBrowsing.aNewClientOf(staffUsers, clients, "sales.vladivostok", legalName);
  }

  private Page signIn(String username) {
    return CrmBrowsing.signIn(browser, port, username);
  }
}
