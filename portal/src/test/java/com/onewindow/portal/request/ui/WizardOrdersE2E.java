package com.onewindow.portal.request.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.onewindow.portal.PortalApplication;
import com.onewindow.shared.account.CustomerUser;
import com.onewindow.shared.account.CustomerUsers;
import com.onewindow.shared.catalog.CatalogProduct;
import com.onewindow.shared.catalog.CatalogService;
import com.onewindow.shared.company.Inn;
import com.onewindow.shared.testing.BrowserHarness;
import com.onewindow.shared.testing.ScreenshotOnFailure;
import com.onewindow.shared.testing.TestDatabase;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * What a signed-in customer orders through the wizard: any single service, a service with its
 * option, for the company on file, from an address checked before, and a draft submitted once.
 */
@SpringBootTest(classes = PortalApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT)
@TestDatabase
class WizardOrdersE2E {

  private static final String PASSWORD = "a-long-password";
  private static BrowserHarness browser;

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  @Autowired CustomerUsers users;
  @Autowired PasswordEncoder passwords;
  @Autowired CatalogService catalog;

  Page page;
  String email;

  @RegisterExtension ScreenshotOnFailure screenshots = new ScreenshotOnFailure(() -> page);

  @BeforeAll
  static void launchBrowser() {
    browser = BrowserHarness.launch();
  }

  @AfterAll
  static void closeBrowser() {
    browser.close();
  }

  @BeforeEach
  void signInAsANewCustomer() {
    email = "orders-" + UUID.randomUUID().toString().substring(0, 8) + "@shop.example";
    users.save(
        new CustomerUser(email, passwords.encode(PASSWORD), "Анна Заказова", Instant.now())
            .withPhone("+79175551234")
            .confirmEmail());
    page = browser.newPage("http://localhost:" + port);
    page.navigate("/login");
    page.getByLabel("Электронная почта").fill(email);
    page.getByLabel("Пароль", new Page.GetByLabelOptions().setExact(true)).fill(PASSWORD);
    button("Войти").last().click();
    assertThat(page.getByText("Анна Заказова")).isVisible();
  }

  @Test
  void every_product_of_the_catalog_is_ordered_alone_for_one_site_with_what_it_needs_beside_it() {
    List<CatalogProduct> products = catalog.products();
    assertThat(products).hasSizeGreaterThan(1);
    boolean first = true;
    for (CatalogProduct product : products) {
      page.navigate("/connect");
      if (first) {
        fillCompany(newInn());
        first = false;
      }
      button("Далее").click();
      fillSite("Саратов", "ул. Московская", "12");
      button("Далее").click();
      var prerequisite = prerequisiteOf(product, products);
      prerequisite.ifPresent(this::tick);
      tick(product);
      assertThat(page.getByText("Что-то пошло не так")).hasCount(0);
      BrowserHarness.screenshot(page, "portal-single-" + product.code().toLowerCase());
      String key = draftKey();
      submitFromServicesStep();

      var expected = new java.util.ArrayList<Long>(List.of(product.id()));
      prerequisite.ifPresent(p -> expected.add(p.id()));
      assertThat(orderedProducts(key))
          .as("the request of %s", product.code())
          .containsExactlyInAnyOrderElementsOf(expected);
    }
  }

  @Test
  void a_service_is_ordered_with_the_option_the_customer_chose() {
    CatalogProduct withOptions =
        catalog.products().stream()
            .filter(p -> p.options().size() > 2 && p.requiresOneOf().isEmpty())
            .findFirst()
            .orElseThrow();
    CatalogProduct.Option chosen = withOptions.options().get(2);
    page.navigate("/connect");
    fillCompany(newInn());
    button("Далее").click();
    fillSite("Саратов", "ул. Московская", "12");
    button("Далее").click();
    tick(withOptions);
    page.getByLabel("Вариант услуги «" + withOptions.name().ru() + "»").click();
    page.locator("vaadin-select-item[role=option]:visible")
        .filter(new Locator.FilterOptions().setHasText(chosen.name().ru()))
        .first()
        .click();
    String key = draftKey();
    submitFromServicesStep();

    assertThat(
            jdbc.queryForObject(
                "select l.option_id from request_line l join connection_request r"
                    + " on r.id = l.request_id where r.idempotency_key = ?",
                Long.class,
                key))
        .isEqualTo(chosen.id());
  }

  @Test
  void a_signed_in_customer_sees_the_company_on_file_and_is_asked_only_for_the_contact() {
    String inn = newInn();
    CatalogProduct internet = catalog.products().getFirst();
    page.navigate("/connect");
    fillCompany(inn);
    button("Далее").click();
    fillSite("Саратов", "ул. Московская", "12");
    button("Далее").click();
    tick(internet);
    submitFromServicesStep();

    page.navigate("/connect");
    assertThat(page.getByText("Шаг 1 из 5")).isVisible();
    Locator legalName = page.getByLabel("Название организации");
    assertThat(legalName).hasValue("ООО «Цветы Поволжья»");
    assertThat(legalName).hasAttribute("readonly", "");
    assertThat(page.getByLabel("ИНН", new Page.GetByLabelOptions().setExact(true))).hasValue(inn);
    assertThat(page.getByLabel("ИНН", new Page.GetByLabelOptions().setExact(true)))
        .hasAttribute("readonly", "");
    assertThat(page.getByText("Заявка будет подана от этой компании")).isVisible();
    assertThat(page.getByLabel("Имя и фамилия")).hasValue("Анна Заказова");
    assertThat(page.getByLabel("Электронная почта")).hasValue(email);
    assertThat(page.getByLabel("Телефон")).hasValue("+79175551234");
    assertThat(page.getByLabel("Имя и фамилия")).isEditable();
    BrowserHarness.screenshot(page, "portal-wizard-1-company-on-file");
  }

  @Test
  void the_address_checked_on_the_coverage_page_becomes_the_first_site() {
    page.navigate("/coverage");
    page.getByLabel("Город").fill("Саратов");
    page.getByLabel("Улица").fill("Московская");
    page.getByLabel("Дом").fill("12к1");
    button("Проверить").click();
    assertThat(page.getByText("Адрес подключается")).isVisible();
    page.getByRole(
            AriaRole.LINK, new Page.GetByRoleOptions().setName("Подать заявку на подключение"))
        .click();

    assertThat(page.getByText("Шаг 1 из 5")).isVisible();
    fillCompany(newInn());
    button("Далее").click();
    assertThat(page.getByLabel("Город")).hasValue("Саратов");
    assertThat(page.getByLabel("Улица")).hasValue("Московская");
    assertThat(page.getByLabel("Дом")).hasValue("12к1");
    assertThat(page.getByText("Адрес подключается").first()).isVisible();
    BrowserHarness.screenshot(page, "portal-wizard-2-checked-address");

    page.reload();
    assertThat(page.getByLabel("Город")).hasCount(1);
  }

  @Test
  void a_draft_submitted_in_one_tab_does_not_come_back_from_another() {
    page.navigate("/connect");
    fillCompany(newInn());
    button("Далее").click();
    fillSite("Саратов", "ул. Московская", "12");
    button("Далее").click();
    tick(catalog.products().getFirst());
    button("Далее").click();
    button("Далее").click();
    assertThat(page.getByText("Шаг 5 из 5")).isVisible();
    String submittedKey = draftKey();
    Page other = page.context().newPage();
    other.navigate("/connect");
    assertThat(other.getByText("Шаг 5 из 5")).isVisible();

    page.getByText("Я согласен(на)").click();
    button("Отправить заявку").click();
    assertThat(submittedHeading()).isVisible();
    // The other tab still shows the draft; going back there used to write it again.
    other.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Назад")).click();
    assertThat(other.getByText("Шаг 4 из 5")).isVisible();

    page.navigate("/connect");
    assertThat(page.getByText("Шаг 1 из 5")).isVisible();
    assertThat(draftKey()).isNotEqualTo(submittedKey);
    other.reload();
    assertThat(other.getByText("Шаг 1 из 5")).isVisible();
    BrowserHarness.screenshot(other, "portal-wizard-after-submit-elsewhere");
    button("Далее").click();
    assertThat(page.getByLabel("Город")).hasValue("");
  }

  private Optional<CatalogProduct> prerequisiteOf(
      CatalogProduct product, List<CatalogProduct> products) {
    return products.stream()
        .filter(p -> product.requiresOneOf().contains(p.category()))
        .filter(p -> p.requiresOneOf().isEmpty())
        .findFirst();
  }

  private void tick(CatalogProduct product) {
    try {
      // A substring of the label: the name and its price.
      page.getByLabel(product.name().ru() + " — ").check();
    } catch (RuntimeException e) {
      BrowserHarness.screenshot(page, "portal-wizard-tick-failed");
      throw e;
    }
  }

  private String draftKey() {
    return (String)
        page.evaluate("JSON.parse(localStorage.getItem('onewindow.connect.draft')).key");
  }

  private void submitFromServicesStep() {
    button("Далее").click();
    button("Далее").click();
    page.getByText("Я согласен(на)").click();
    button("Отправить заявку").click();
    assertThat(submittedHeading()).isVisible();
  }

  private Locator submittedHeading() {
    return page.getByRole(
        AriaRole.HEADING,
        new Page.GetByRoleOptions().setName(Pattern.compile("Заявка \\d{4}-\\d{7}")));
  }

  private List<Long> orderedProducts(String key) {
    return jdbc.queryForList(
        "select l.product_id from request_line l join connection_request r on r.id = l.request_id"
            + " where r.idempotency_key = ?",
        Long.class,
        key);
  }

  private void fillCompany(String inn) {
    page.getByLabel("Название организации").fill("ООО «Цветы Поволжья»");
    page.getByLabel("ИНН", new Page.GetByLabelOptions().setExact(true)).fill(inn);
    page.getByLabel("КПП").fill(inn.substring(0, 4) + "01001");
  }

  private void fillSite(String city, String street, String house) {
    page.getByLabel("Город").fill(city);
    page.getByLabel("Улица").fill(street);
    page.getByLabel("Дом").fill(house);
    page.getByLabel("Дом").press("Tab");
  }

  private Locator button(String name) {
    return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name));
  }

  private static String newInn() {
    return Inn.withCheckDigits("64" + (1_000_000 + ThreadLocalRandom.current().nextInt(8_999_999)))
        .value();
  }
}
