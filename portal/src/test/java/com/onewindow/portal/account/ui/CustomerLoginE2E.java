package com.onewindow.portal.account.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.onewindow.portal.PortalApplication;
import com.onewindow.shared.testing.BrowserHarness;
import com.onewindow.shared.testing.TestDatabase;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A customer signs in to the portal in a real browser, with the demo accounts. */
@SpringBootTest(classes = PortalApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT)
@TestDatabase
class CustomerLoginE2E {

  private static BrowserHarness browser;

  @LocalServerPort int port;
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
  void openPortal() {
    page = browser.newPage("http://localhost:" + port);
  }

  @Test
  void a_visitor_sees_the_catalog_in_russian_without_signing_in() {
    page.navigate("/");
    assertThat(
            page.getByRole(
                AriaRole.HEADING, new Page.GetByRoleOptions().setName("Услуги для бизнеса")))
        .isVisible();
    assertThat(page.getByText("Отраслевые пакеты")).isVisible();
    BrowserHarness.screenshot(page, "portal-catalog");
  }

  @Test
  void a_customer_signs_in_and_sees_the_requests_of_their_company() {
    page.navigate("/login");
    page.getByLabel("Электронная почта").fill("olga@volga-hotel.example");
    page.getByLabel("Пароль", new Page.GetByLabelOptions().setExact(true)).fill("demo12345");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Войти")).last().click();

    assertThat(page.getByText("Ольга Петрова")).isVisible();
    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Мои заявки")).click();
    assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Мои заявки")))
        .isVisible();
    var cells = page.locator("vaadin-grid-cell-content");
    assertThat(cells.getByText(Pattern.compile("^20\\d\\d-\\d{7}$")).first()).isAttached();
    assertThat(cells.getByText("Саратов").first()).isAttached();
    assertThat(cells.getByText("Пермь")).hasCount(0);
    BrowserHarness.screenshot(page, "portal-my-requests");
  }

  @Test
  void a_wrong_password_is_told_plainly() {
    page.navigate("/login");
    page.getByLabel("Электронная почта").fill("olga@volga-hotel.example");
    page.getByLabel("Пароль", new Page.GetByLabelOptions().setExact(true)).fill("wrong-password");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Войти")).last().click();

    assertThat(page.getByText("Неверная почта или пароль")).isVisible();
    BrowserHarness.screenshot(page, "portal-login-error");
  }
}
