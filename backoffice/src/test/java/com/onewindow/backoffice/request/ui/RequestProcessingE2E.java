package com.onewindow.backoffice.request.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.onewindow.backoffice.BackofficeApplication;
import com.onewindow.shared.request.Channel;
import com.onewindow.shared.testing.BrowserHarness;
import com.onewindow.shared.testing.TestDatabase;
import com.onewindow.shared.testing.TestRequests;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * A technician of the serving branch, in a real browser, sees a request arrive in the queue without
 * reloading (it is submitted in this JVM while the page is open; the change feed pushes it), claims
 * it, schedules it, marks it installed, activates it and reads the timeline. A technician of
 * another branch gets the not-found page for the same address.
 */
@SpringBootTest(classes = BackofficeApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT)
@TestDatabase
class RequestProcessingE2E {

  private static BrowserHarness browser;

  @LocalServerPort int port;
  @Autowired ApplicationContext context;
  Page page;

  @BeforeAll
  static void launchBrowser() {
    browser = BrowserHarness.launch();
  }

  @AfterAll
  static void closeBrowser() {
    browser.close();
  }

  @BeforeEach
  void openBackoffice() {
    page = browser.newPage("http://localhost:" + port);
  }

  @Test
  void a_technician_sees_a_new_request_arrive_live_and_takes_it_to_activation() {
    signIn("tech.saratov");
    assertThat(heading("Заявки")).isVisible();
    // the counts per status follow the rows, loaded in the background
    assertThat(page.getByLabel("Заявки по статусам").locator(".count").first())
        .hasText(Pattern.compile("\\d+"));

    var made = new TestRequests(context).submitted("SAR", Channel.ONLINE);

    Locator row = page.locator("vaadin-grid-cell-content").getByText(made.number());
    assertThat(row).isVisible();
    assertThat(page.getByText("Новая заявка " + made.number())).isVisible();
    BrowserHarness.screenshot(page, "backoffice-queue-new-request");

    row.click();
    assertThat(heading("Заявка " + made.number())).isVisible();
    button("Взять в работу").click();
    assertThat(page.getByText("Заявка взята в работу.")).isVisible();
    assertThat(statusBadge("На рассмотрении")).isVisible();

    button("Назначить монтаж").click();
    var dialog = page.getByRole(AriaRole.DIALOG);
    var date = LocalDate.now(ZoneId.of("Europe/Saratov")).plusDays(20);
    dialog.getByLabel("Дата монтажа").fill(date.format(DateTimeFormatter.ofPattern("dd.MM.yyyy")));
    dialog.getByLabel("Дата монтажа").press("Tab");
    dialog.getByLabel("Окно монтажа").click();
    page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Утро (9:00–13:00)"))
        .click();
    BrowserHarness.screenshot(page, "backoffice-schedule-dialog");
    dialog
        .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Назначить монтаж"))
        .click();
    assertThat(statusBadge("Монтаж назначен")).isVisible();

    button("Монтаж выполнен").click();
    page.getByRole(AriaRole.DIALOG)
        .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Монтаж выполнен"))
        .click();
    assertThat(page.getByText("Монтаж отмечен.")).isVisible();

    button("Подключить услуги").click();
    page.getByRole(AriaRole.DIALOG)
        .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Подключить"))
        .click();
    assertThat(statusBadge("Подключена")).isVisible();

    var timeline = page.getByLabel("История");
    assertThat(timeline.getByText("Услуги подключены")).isVisible();
    assertThat(timeline.getByText("Назначен монтаж")).isVisible();
    assertThat(timeline.getByText("Утро (9:00–13:00), время филиала (Europe/Saratov)")).isVisible();
    assertThat(timeline.getByText("Взята в работу")).isVisible();
    var audit = page.getByLabel("Журнал изменений");
    assertThat(audit.getByText("Подключил(а)")).isVisible();
    // the audit speaks the user's language, not the code's: no enum constants on the page
    assertThat(audit.getByText("Статус: Подана → На рассмотрении").first()).isVisible();
    assertThat(audit.getByText("Окно монтажа: Утро (9:00–13:00)").first()).isVisible();
    assertThat(audit).not().containsText("IN_REVIEW");
    assertThat(audit).not().containsText("MORNING");
    BrowserHarness.screenshot(page, "backoffice-request-activated");
    timeline.scrollIntoViewIfNeeded();
    BrowserHarness.screenshot(page, "backoffice-request-timeline");
  }

  @Test
  void enter_in_a_dialogs_text_area_starts_a_new_line_and_ctrl_enter_submits() {
    var made = new TestRequests(context).submitted("SAR", Channel.ONLINE);
    signIn("tech.saratov");
    assertThat(heading("Заявки")).isVisible();
    page.navigate("/requests/" + made.id());
    button("Взять в работу").click();
    assertThat(statusBadge("На рассмотрении")).isVisible();

    button("Ждать клиента").click();
    var dialog = page.getByRole(AriaRole.DIALOG);
    var awaited = dialog.getByLabel("Чего ждём от клиента");
    awaited.pressSequentially("Копию договора аренды");
    awaited.press("Enter");
    awaited.pressSequentially("и доступ в подвал");

    assertThat(awaited).isVisible();
    assertThat(page.getByText("Заявка ждёт клиента.")).hasCount(0);
    assertThat(awaited).hasValue("Копию договора аренды\nи доступ в подвал");
    BrowserHarness.screenshot(page, "backoffice-hold-dialog-two-lines");
    awaited.press("Control+Enter");
    assertThat(page.getByText("Заявка ждёт клиента.")).isVisible();
    assertThat(awaited).hasCount(0);
    assertThat(statusBadge("Ожидает клиента")).isVisible();
    assertThat(page.getByLabel("История").getByText("и доступ в подвал")).isVisible();
  }

  @Test
  void a_surveyed_and_rejected_request_tells_the_result_the_reason_and_the_texts_on_the_timeline() {
    var made = new TestRequests(context).submitted("SAR", Channel.ONLINE);
    signIn("tech.saratov");
    assertThat(heading("Заявки")).isVisible();
    page.navigate("/requests/" + made.id());
    button("Взять в работу").click();
    assertThat(statusBadge("На рассмотрении")).isVisible();
    button("Начать обследование").click();
    assertThat(statusBadge("Обследование площадки")).isVisible();

    button("Результат обследования").click();
    var survey = page.getByRole(AriaRole.DIALOG);
    survey.getByText("Подключение возможно").click();
    survey.getByLabel("Заметки обследования").fill("Кабель через подвал, 40 м");
    survey
        .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Сохранить результат"))
        .click();
    assertThat(page.getByText("Результат обследования сохранён.")).isVisible();

    button("Отклонить").click();
    var reject = page.getByRole(AriaRole.DIALOG);
    reject.getByLabel("Причина", new Locator.GetByLabelOptions().setExact(true)).click();
    page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Дубликат")).click();
    reject.getByLabel("Пояснение").fill("Эта площадка уже есть в заявке 2026-0000042");
    reject
        .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Отклонить заявку"))
        .click();
    assertThat(statusBadge("Отклонена")).isVisible();

    var timeline = page.getByLabel("История");
    assertThat(timeline.getByText("Подключение возможно")).isVisible();
    assertThat(
            timeline.getByText(
                "Заметки обследования (клиент их не видит): Кабель через подвал, 40 м"))
        .isVisible();
    assertThat(timeline.getByText("Причина: Дубликат")).isVisible();
    assertThat(timeline.getByText("Пояснение: Эта площадка уже есть в заявке 2026-0000042"))
        .isVisible();
    assertThat(timeline).not().containsText("DUPLICATE");
    timeline.scrollIntoViewIfNeeded();
    BrowserHarness.screenshot(page, "backoffice-request-rejected-timeline");
  }

  @Test
  void a_technician_of_another_branch_gets_the_not_found_page_by_url() {
    var made = new TestRequests(context).submitted("SAR", Channel.ONLINE);
    signIn("tech.perm");
    assertThat(heading("Заявки")).isVisible();

    page.navigate("/requests/" + made.id());

    assertThat(heading("Страница не найдена")).isVisible();
    assertThat(page.getByText(made.companyName())).hasCount(0);
    BrowserHarness.screenshot(page, "backoffice-request-of-another-branch");
  }

  @Test
  void a_part_of_an_order_split_by_branch_names_its_sibling_which_another_branch_may_not_open() {
    var order = new TestRequests(context).orderForSaratovAndPerm().order();
    var saratovPart = order.requests().get(0);
    var permPart = order.requests().get(1);
    signIn("tech.saratov");
    assertThat(heading("Заявки")).isVisible();

    page.navigate("/requests/" + saratovPart.id());

    var section =
        page.getByRole(
            AriaRole.REGION,
            new Page.GetByRoleOptions().setName("Заказ клиента " + order.number()));
    assertThat(section.getByText("Эта заявка — часть 1 из 2")).isVisible();
    assertThat(section.getByText(saratovPart.number() + " — Саратовский филиал — эта заявка"))
        .isVisible();
    assertThat(section.getByText(permPart.number() + " — Пермский филиал", exact())).isVisible();
    assertThat(section.getByText("ведёт другой филиал")).isVisible();
    assertThat(section.getByRole(AriaRole.LINK)).hasCount(0);
    assertThat(section.getByText("Подана")).hasCount(1);
    assertThat(page.getByLabel("История").getByText("Часть 1 из 2 заказа " + order.number() + "."))
        .isVisible();
    BrowserHarness.screenshot(page, "backoffice-request-part-of-order");
    page.getByLabel("История").scrollIntoViewIfNeeded();
    BrowserHarness.screenshot(page, "backoffice-request-part-of-order-timeline");

    page.navigate("/requests/" + permPart.id());
    assertThat(heading("Страница не найдена")).isVisible();
  }

  private static Locator.GetByTextOptions exact() {
    return new Locator.GetByTextOptions().setExact(true);
  }

  private Locator heading(String name) {
    return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(name));
  }

  private Locator button(String name) {
    return page.getByRole(
        AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
  }

  private Locator statusBadge(String status) {
    return page.locator(".request-detail .badge")
        .getByText(status, new Locator.GetByTextOptions().setExact(true))
        .first();
  }

  private void signIn(String username) {
    page.navigate("/login");
    page.getByLabel("Имя пользователя").fill(username);
    page.getByLabel("Пароль", new Page.GetByLabelOptions().setExact(true)).fill("demo12345");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Войти")).click();
  }
}
