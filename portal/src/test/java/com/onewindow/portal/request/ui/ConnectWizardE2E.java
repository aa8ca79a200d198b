package com.onewindow.portal.request.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.onewindow.portal.PortalApplication;
import com.onewindow.shared.account.CustomerUser;
import com.onewindow.shared.account.CustomerUsers;
import com.onewindow.shared.company.Inn;
import com.onewindow.shared.notification.OutboxDispatcher;
import com.onewindow.shared.testing.BrowserHarness;
import com.onewindow.shared.testing.TestDatabase;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/** A new customer's way from an address check to a tracked request, in a real browser. */
@SpringBootTest(classes = PortalApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT)
@TestDatabase
class ConnectWizardE2E {

  private static final Pattern LINK =
      Pattern.compile("http://[^/\\s]+(/confirm\\?token=[A-Za-z0-9_-]+)");
  private static final String PASSWORD = "a-long-password";
  private static BrowserHarness browser;

  @LocalServerPort int port;
  @Autowired OutboxDispatcher dispatcher;
  @Autowired JdbcTemplate jdbc;
  @Autowired CustomerUsers users;
  @Autowired PasswordEncoder passwords;

  GreenMail smtp = new GreenMail(ServerSetupTest.SMTP);
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
  void open() {
    smtp.start();
    page = browser.newPage("http://localhost:" + port);
  }

  @AfterEach
  void stopMail() {
    smtp.stop();
  }

  @Test
  void a_new_visitor_checks_an_address_orders_for_two_cities_registers_and_follows_the_request()
      throws Exception {
    page.navigate("/coverage");
    page.getByLabel("Город").fill("Саратов");
    page.getByLabel("Улица").fill("Московская");
    page.getByLabel("Дом").fill("12к1");
    button("Проверить").click();
    assertThat(page.getByText("Адрес подключается")).isVisible();
    assertThat(page.getByText("Технология: оптика, скорость до 1000 Мбит/с")).isVisible();
    BrowserHarness.screenshot(page, "portal-coverage-check");

    String email = "office-" + UUID.randomUUID().toString().substring(0, 8) + "@chain.example";
    page.navigate("/connect");
    fillCompany(newInn(), email);
    BrowserHarness.screenshot(page, "portal-wizard-1-company");
    button("Далее").click();

    fillSite(0, "Саратов", "ул. Московская", "12к1");
    assertThat(page.getByText("Адрес подключается").first()).isVisible();
    button("Добавить площадку").click();
    fillSite(1, "Пермь", "улица Ленина", "40");
    BrowserHarness.screenshot(page, "portal-wizard-2-sites");
    assertThat(page.getByText("Обслуживает: Пермский филиал")).isVisible();
    BrowserHarness.screenshot(page, "portal-wizard-2-sites");
    button("Далее").click();

    chooseBundle(0, "Сеть магазинов");
    chooseBundle(1, "Сеть магазинов");
    BrowserHarness.screenshot(page, "portal-wizard-3-services");
    button("Далее").click();
    button("Далее").click();

    assertThat(page.getByText("Экономия на пакетах")).isVisible();
    page.getByText("Я согласен(на)").click();
    BrowserHarness.screenshot(page, "portal-wizard-5-review-guest");
    button("Зарегистрироваться").last().click();

    assertThat(page.getByLabel("Электронная почта")).hasValue(email);
    page.getByLabel("Пароль").fill(PASSWORD);
    BrowserHarness.screenshot(page, "portal-register");
    button("Зарегистрироваться").last().click();
    assertThat(page.getByText("Проверьте почту")).isVisible();

    String confirmPath = confirmationLink(email);
    page.navigate(confirmPath);
    assertThat(page.getByText("Адрес подтверждён")).isVisible();
    button("Войти и отправить заявку").click();
    page.getByLabel("Электронная почта").fill(email);
    page.getByLabel("Пароль", new Page.GetByLabelOptions().setExact(true)).fill(PASSWORD);
    button("Войти").last().click();

    assertThat(page.getByText("Шаг 5 из 5")).isVisible();
    BrowserHarness.screenshot(page, "portal-wizard-5-review-signed-in");
    button("Отправить заявку").click();

    // Saratov and Perm are served by two branches: one order, a request for each branch.
    Locator heading =
        page.getByRole(
            AriaRole.HEADING,
            new Page.GetByRoleOptions().setName(Pattern.compile("Заказ \\d{4}-\\d{7}")));
    assertThat(heading).isVisible();
    String order = heading.textContent().replace("Заказ ", "").strip();
    Locator saratovPart = partHeading("Саратовский филиал");
    Locator permPart = partHeading("Пермский филиал");
    assertThat(saratovPart).isVisible();
    assertThat(permPart).isVisible();
    String saratovNumber = partNumber(saratovPart);
    String permNumber = partNumber(permPart);
    assertThat(saratovNumber).isEqualTo(order);
    assertThat(permNumber).isNotEqualTo(order);
    assertThat(region(saratovNumber).getByText("Саратов, ул. Московская, 12к1")).isVisible();
    assertThat(region(saratovNumber).getByText("Пермь")).hasCount(0);
    assertThat(region(permNumber).getByText("Пермь, улица Ленина, 40")).isVisible();
    BrowserHarness.screenshot(page, "portal-order-finish");

    page.getByRole(
            AriaRole.LINK, new Page.GetByRoleOptions().setName("Открыть заявку " + permNumber))
        .click();
    assertThat(
            page.getByRole(
                AriaRole.HEADING, new Page.GetByRoleOptions().setName("Заявка " + permNumber)))
        .isVisible();
    assertThat(page.getByText("Часть 2 из 2 заказа " + order + ".").first()).isVisible();
    assertThat(
            page.getByRole(
                AriaRole.LINK,
                new Page.GetByRoleOptions()
                    .setName("Заявка " + saratovNumber + " — Саратовский филиал")))
        .isVisible();
    BrowserHarness.screenshot(page, "portal-request-detail-part");

    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Мои заявки")).click();
    assertThat(page.locator("vaadin-grid-cell-content").getByText(saratovNumber, exact()))
        .isVisible();
    assertThat(page.locator("vaadin-grid-cell-content").getByText(permNumber, exact())).isVisible();
    assertThat(
            page.locator("vaadin-grid-cell-content").getByText(order + ", часть 1 из 2", exact()))
        .isVisible();
    assertThat(
            page.locator("vaadin-grid-cell-content").getByText(order + ", часть 2 из 2", exact()))
        .isVisible();
    BrowserHarness.screenshot(page, "portal-my-requests-new");

    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Моя компания")).click();
    assertThat(page.getByText("Пермь, улица Ленина, 40")).isVisible();
    assertThat(page.getByText("Ваш персональный менеджер")).isVisible();
    BrowserHarness.screenshot(page, "portal-my-company");

    var confirmation =
        mailTo(email, "Заказ " + order + " принят: заявки " + saratovNumber + ", " + permNumber)
            .orElseThrow();
    assertThat(String.valueOf(confirmation.getContent()))
        .contains("Заявка " + saratovNumber + " — Саратовский филиал")
        .contains("Заявка " + permNumber + " — Пермский филиал");
    assertThat(mailTo(email, "Заявка " + saratovNumber + " принята")).isEmpty();
    assertThat(
            jdbc.queryForList(
                "select distinct b.city_en from site s join branch b on b.id = s.branch_id"
                    + " join company c on c.id = s.company_id join customer_user u on u.company_id = c.id"
                    + " where u.email = ?",
                String.class,
                email))
        .containsExactlyInAnyOrder("Saratov", "Perm");
  }

  @Test
  void an_invalid_inn_a_missing_house_and_a_broken_bundle_rule_are_told_next_to_their_fields() {
    page.navigate("/connect");
    String good = newInn();
    String bad = good.substring(0, 9) + ((good.charAt(9) - '0' + 1) % 10);
    fillCompany(bad, "someone@firm.example");
    button("Далее").click();
    assertThat(fieldError("Неверный ИНН: не сходится контрольная цифра.")).isVisible();
    assertThat(page.getByLabel("ИНН", new Page.GetByLabelOptions().setExact(true))).hasValue(bad);
    assertThat(page.getByLabel("Название организации")).hasValue("ООО «Сеть Поволжье»");
    BrowserHarness.screenshot(page, "portal-wizard-error-inn");

    page.getByLabel("ИНН", new Page.GetByLabelOptions().setExact(true)).fill(good);
    button("Далее").click();
    fillSite(0, "Саратов", "ул. Московская", "");
    button("Далее").click();
    assertThat(fieldError("Укажите номер дома.")).isVisible();
    assertThat(page.getByLabel("Улица")).hasValue("ул. Московская");
    BrowserHarness.screenshot(page, "portal-wizard-error-house");

    page.getByLabel("Дом").fill("12");
    button("Далее").click();
    chooseBundle(0, "Сеть магазинов");
    assertThat(fieldError("подключается минимум на 2 площадках")).isVisible();
    button("Далее").click();
    assertThat(page.getByText("Шаг 3 из 5")).isVisible();
    BrowserHarness.screenshot(page, "portal-wizard-error-bundle");

    page.reload();
    assertThat(page.getByText("Шаг 3 из 5")).isVisible();
    button("Назад").click();
    button("Назад").click();
    assertThat(page.getByLabel("ИНН", new Page.GetByLabelOptions().setExact(true))).hasValue(good);
  }

  @Test
  void a_double_click_on_submit_makes_one_request() {
    String email = "double-" + UUID.randomUUID().toString().substring(0, 8) + "@firm.example";
    users.save(
        new CustomerUser(email, passwords.encode(PASSWORD), "Дмитрий Двойной", Instant.now())
            .confirmEmail());
    page.navigate("/login");
    page.getByLabel("Электронная почта").fill(email);
    page.getByLabel("Пароль", new Page.GetByLabelOptions().setExact(true)).fill(PASSWORD);
    button("Войти").last().click();
    assertThat(page.getByText("Дмитрий Двойной")).isVisible();

    page.navigate("/connect");
    fillCompany(newInn(), email);
    button("Далее").click();
    fillSite(0, "Саратов", "проспект Кирова", "5");
    button("Далее").click();
    chooseBundle(0, "Офис");
    button("Далее").click();
    button("Далее").click();
    page.getByText("Я согласен(на)").click();
    String key =
        (String) page.evaluate("JSON.parse(localStorage.getItem('onewindow.connect.draft')).key");

    button("Отправить заявку").dblclick();

    assertThat(
            page.getByRole(
                AriaRole.HEADING,
                new Page.GetByRoleOptions().setName(Pattern.compile("Заявка \\d{4}-\\d{7}"))))
        .isVisible();
    assertThat(
            jdbc.queryForObject(
                "select count(*) from connection_request where idempotency_key = ?",
                Integer.class,
                key))
        .isEqualTo(1);
  }

  private void fillCompany(String inn, String email) {
    page.getByLabel("Название организации").fill("ООО «Сеть Поволжье»");
    page.getByLabel("ИНН", new Page.GetByLabelOptions().setExact(true)).fill(inn);
    page.getByLabel("КПП").fill(inn.length() == 10 ? inn.substring(0, 4) + "01001" : "");
    page.getByLabel("Имя и фамилия").fill("Светлана Орлова");
    page.getByLabel("Телефон").fill("+7 (917) 555-12-34");
    page.getByLabel("Электронная почта").fill(email);
  }

  private void fillSite(int index, String city, String street, String house) {
    page.getByLabel("Город").nth(index).fill(city);
    page.getByLabel("Улица").nth(index).fill(street);
    page.getByLabel("Дом").nth(index).fill(house);
    page.getByLabel("Дом").nth(index).press("Tab");
  }

  private void chooseBundle(int site, String name) {
    // One select's list at a time: wait until the previous one has closed.
    Locator options = page.locator("vaadin-select-item[role=option]:visible");
    assertThat(options).hasCount(0);
    page.getByLabel("Отраслевой пакет").nth(site).click();
    options.filter(new Locator.FilterOptions().setHasText(name)).first().click();
    assertThat(options).hasCount(0);
  }

  /** An error message in the error slot of a field, that is: next to it. */
  private Locator fieldError(String text) {
    return page.locator("[slot=error-message]").getByText(text);
  }

  /** The heading of one request on the order's page, by its branch. */
  private Locator partHeading(String branch) {
    return page.getByRole(
        AriaRole.HEADING,
        new Page.GetByRoleOptions().setName(Pattern.compile("Заявка \\d{4}-\\d{7} — " + branch)));
  }

  private static String partNumber(Locator partHeading) {
    return partHeading.textContent().replace("Заявка ", "").replaceAll(" — .*", "").strip();
  }

  /** One request's part of the order's page. */
  private Locator region(String number) {
    return page.getByRole(
        AriaRole.REGION, new Page.GetByRoleOptions().setName(Pattern.compile("Заявка " + number)));
  }

  private static Locator.GetByTextOptions exact() {
    return new Locator.GetByTextOptions().setExact(true);
  }

  private Locator button(String name) {
    return page.getByRole(
        AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
  }

  private String confirmationLink(String email) throws Exception {
    var mail = mailTo(email, "Подтвердите адрес электронной почты — OneWindow").orElseThrow();
    var matcher = LINK.matcher(String.valueOf(mail.getContent()));
    assertThat(matcher.find()).isTrue();
    return matcher.group(1);
  }

  private Optional<MimeMessage> mailTo(String email, String subject) throws Exception {
    while (dispatcher.dispatchDue() > 0) {
      // drains the outbox, 50 mails at a time
    }
    for (MimeMessage mail : smtp.getReceivedMessages()) {
      boolean toHim =
          Arrays.stream(mail.getAllRecipients())
              .anyMatch(a -> a.toString().equalsIgnoreCase(email));
      if (toHim && subject.equals(mail.getSubject())) {
        return Optional.of(mail);
      }
    }
    return Optional.empty();
  }

  private static String newInn() {
    return Inn.withCheckDigits("64" + (1_000_000 + ThreadLocalRandom.current().nextInt(8_999_999)))
        .value();
  }
}
