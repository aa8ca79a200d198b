package com.onewindow.backoffice.request.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.onewindow.backoffice.BackofficeApplication;
import com.onewindow.backoffice.testing.PortalProcess;
import com.onewindow.shared.notification.OutboxDispatcher;
import com.onewindow.shared.testing.BrowserHarness;
import com.onewindow.shared.testing.TestDatabase;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Both apps as they run in production, in separate JVMs on one database: a customer submits a
 * request in the portal, a Saratov technician sees it arrive in the backoffice without reloading
 * and takes it to activation, and the customer follows each step in the portal and by mail.
 */
@SpringBootTest(classes = BackofficeApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT)
@TestDatabase
class CrossAppRequestE2E {

  private static BrowserHarness browser;

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  @Autowired OutboxDispatcher dispatcher;

  @Value("${spring.datasource.url}")
  String datasourceUrl;

  @Value("${spring.datasource.username}")
  String datasourceUser;

  @Value("${spring.datasource.password}")
  String datasourcePassword;

  GreenMail smtp = new GreenMail(ServerSetupTest.SMTP);
  PortalProcess portal;
  Page customer;
  Page technician;

  @BeforeAll
  static void launchBrowser() {
    browser = BrowserHarness.launch();
  }

  @AfterAll
  static void closeBrowser() {
    browser.close();
  }

  @BeforeEach
  void startPortal() throws Exception {
    smtp.start();
    portal = PortalProcess.start(datasourceUrl, datasourceUser, datasourcePassword);
    customer = browser.newPage(portal.baseUrl());
    technician = browser.newPage("http://localhost:" + port);
  }

  @AfterEach
  void stopPortal() {
    portal.close();
    smtp.stop();
    jdbc.update("delete from outbox_message");
  }

  @Test
  void
      a_request_submitted_in_the_portal_is_processed_in_the_backoffice_and_followed_by_the_customer()
          throws Exception {
    signInTechnician();
    assertThat(heading(technician, "Заявки")).isVisible();

    String number = submitInPortal();
    assertThat(
            jdbc.queryForList(
                "select subject from outbox_message where recipient = ?",
                String.class,
                "olga@volga-hotel.example"))
        .as("the portal queued the confirmation in its own transaction")
        .contains("Заявка " + number + " принята");

    Locator row = technician.locator("vaadin-grid-cell-content").getByText(number);
    assertThat(row).isVisible();
    assertThat(technician.getByText("Новая заявка " + number)).isVisible();
    BrowserHarness.screenshot(technician, "cross-app-queue-shows-portal-request");

    row.click();
    button(technician, "Взять в работу").click();
    assertTechnicianSees("На рассмотрении");
    assertCustomerSees("На рассмотрении");

    button(technician, "Назначить монтаж").click();
    var dialog = technician.getByRole(AriaRole.DIALOG);
    var date = LocalDate.now(ZoneId.of("Europe/Saratov")).plusDays(21);
    dialog.getByLabel("Дата монтажа").fill(date.format(DateTimeFormatter.ofPattern("dd.MM.yyyy")));
    dialog.getByLabel("Дата монтажа").press("Tab");
    dialog.getByLabel("Окно монтажа").click();
    technician
        .getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Утро (9:00–13:00)"))
        .click();
    dialog
        .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Назначить монтаж"))
        .click();
    assertTechnicianSees("Монтаж назначен");
    assertCustomerSees("Монтаж назначен");

    button(technician, "Монтаж выполнен").click();
    technician
        .getByRole(AriaRole.DIALOG)
        .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Монтаж выполнен"))
        .click();
    button(technician, "Подключить услуги").click();
    technician
        .getByRole(AriaRole.DIALOG)
        .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Подключить"))
        .click();
    assertTechnicianSees("Подключена");
    assertCustomerSees("Подключена");
    // the visit in the customer's words and the branch's zone: on top and on the timeline
    assertThat(customer.getByText("Утро (9:00–13:00), время филиала (Europe/Saratov)")).hasCount(2);
    assertThat(customer.getByText("MORNING")).hasCount(0);
    BrowserHarness.screenshot(customer, "cross-app-customer-sees-activation");

    var outboxRows =
        jdbc.queryForList("select subject, status, attempts, recipient from outbox_message");
    List<String> subjects = subjectsTo("olga@volga-hotel.example");
    assertThat(subjects)
        .as(
            "outbox before sending: "
                + outboxRows
                + " after: "
                + jdbc.queryForList(
                    "select subject, status, attempts, next_attempt_at, sent_at, last_error from outbox_message")
                + " received: "
                + Arrays.stream(smtp.getReceivedMessages())
                    .map(CrossAppRequestE2E::subject)
                    .toList())
        .contains(
            "Заявка " + number + " принята",
            "Заявка " + number + ": На рассмотрении",
            "Заявка " + number + ": Монтаж назначен",
            "Заявка " + number + ": Подключена");
  }

  /** Olga of ООО «Волга-Отель» orders an office bundle for a Saratov address. */
  private String submitInPortal() {
    Map<String, Object> company =
        jdbc.queryForMap(
            "select c.legal_name, c.inn, c.kpp from company c join customer_user u"
                + " on u.company_id = c.id where u.email = 'olga@volga-hotel.example'");
    customer.navigate("/login");
    customer.getByLabel("Электронная почта").fill("olga@volga-hotel.example");
    customer.getByLabel("Пароль", new Page.GetByLabelOptions().setExact(true)).fill("demo12345");
    button(customer, "Войти").last().click();
    assertThat(customer.getByText("Ольга Петрова")).isVisible();

    customer.navigate("/connect");
    assertThat(customer.getByText("Шаг 1 из 5")).isVisible();
    // A signed-in customer's company is the one on file, shown and not asked again.
    assertThat(customer.getByLabel("Название организации"))
        .hasValue((String) company.get("legal_name"));
    assertThat(customer.getByLabel("ИНН", new Page.GetByLabelOptions().setExact(true)))
        .hasValue((String) company.get("inn"));
    customer.getByLabel("Имя и фамилия").fill("Ольга Петрова");
    customer.getByLabel("Телефон").fill("+7 (917) 555-12-34");
    customer.getByLabel("Электронная почта").fill("olga@volga-hotel.example");
    nextStep(2);
    customer.getByLabel("Город").first().fill("Саратов");
    customer.getByLabel("Улица").first().fill("проспект Кирова");
    customer.getByLabel("Дом").first().fill("5");
    customer.getByLabel("Дом").first().press("Tab");
    assertThat(customer.getByText("Обслуживает: Саратовский филиал").first()).isVisible();
    nextStep(3);
    Locator options = customer.locator("vaadin-select-item[role=option]:visible");
    customer.getByLabel("Отраслевой пакет").first().click();
    options.filter(new Locator.FilterOptions().setHasText("Офис")).first().click();
    assertThat(options).hasCount(0);
    nextStep(4);
    nextStep(5);
    customer.getByText("Я согласен(на)").click();
    BrowserHarness.screenshot(customer, "cross-app-portal-review");
    button(customer, "Отправить заявку").click();

    Locator heading =
        customer.getByRole(
            AriaRole.HEADING,
            new Page.GetByRoleOptions().setName(Pattern.compile("Заявка \\d{4}-\\d{7}")));
    assertThat(heading).isVisible();
    return heading.textContent().replace("Заявка ", "").strip();
  }

  /** Goes on in the wizard and waits until the step is there; a screenshot if it is not. */
  private void nextStep(int step) {
    button(customer, "Далее").click();
    try {
      assertThat(customer.getByText("Шаг " + step + " из 5")).isVisible();
    } catch (AssertionError notThere) {
      BrowserHarness.screenshot(customer, "cross-app-portal-stuck-before-step-" + step);
      throw notThere;
    }
  }

  private void assertTechnicianSees(String status) {
    assertThat(
            technician
                .locator(".request-detail .badge")
                .getByText(status, new Locator.GetByTextOptions().setExact(true))
                .first())
        .isVisible();
  }

  private void assertCustomerSees(String status) {
    customer.reload();
    assertThat(
            customer
                .locator("[theme~=badge]")
                .getByText(status, new Locator.GetByTextOptions().setExact(true))
                .first())
        .isVisible();
  }

  private List<String> subjectsTo(String email) throws Exception {
    while (dispatcher.dispatchDue() > 0) {
      // drains the outbox, portal's mails and backoffice's alike: one database
    }
    return Arrays.stream(smtp.getReceivedMessages())
        .filter(m -> sentTo(m, email))
        .map(CrossAppRequestE2E::subject)
        .toList();
  }

  private static boolean sentTo(MimeMessage mail, String email) {
    try {
      return Arrays.stream(mail.getAllRecipients()).anyMatch(a -> a.toString().equals(email));
    } catch (jakarta.mail.MessagingException e) {
      return false;
    }
  }

  private static String subject(MimeMessage mail) {
    try {
      return mail.getSubject();
    } catch (jakarta.mail.MessagingException e) {
      return "";
    }
  }

  private void signInTechnician() {
    technician.navigate("/login");
    technician.getByLabel("Имя пользователя").fill("tech.saratov");
    technician.getByLabel("Пароль", new Page.GetByLabelOptions().setExact(true)).fill("demo12345");
    technician.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Войти")).click();
  }

  private static Locator heading(Page page, String name) {
    return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(name));
  }

  private static Locator button(Page page, String name) {
    return page.getByRole(
        AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
  }
}
