package com.onewindow.backoffice.base.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.onewindow.backoffice.BackofficeApplication;
import com.onewindow.shared.testing.BrowserHarness;
import com.onewindow.shared.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A staff member signs in to the backoffice in a real browser and sees their start page. */
@SpringBootTest(classes = BackofficeApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT)
@TestDatabase
class StaffLoginE2E {

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
  void openBackoffice() {
    page = browser.newPage("http://localhost:" + port);
  }

  @Test
  void a_technician_signs_in_and_sees_the_requests_of_their_branch() {
    signIn("tech.saratov", "demo12345");

    assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Заявки")))
        .isVisible();
    var branchCells = page.locator("vaadin-grid-cell-content").getByText("Саратов");
    assertThat(branchCells.first()).isAttached();
    assertThat(page.locator("vaadin-grid-cell-content").getByText("Пермь")).hasCount(0);
    BrowserHarness.screenshot(page, "backoffice-start-page");
  }

  @Test
  void a_wrong_password_is_told_plainly() {
    signIn("tech.saratov", "not-the-password");

    assertThat(page.getByText("Неверное имя пользователя или пароль")).isVisible();
    BrowserHarness.screenshot(page, "backoffice-login-error");
  }

  @Test
  void an_anonymous_visitor_is_sent_to_the_sign_in_page() {
    page.navigate("/");
    assertThat(page.getByLabel("Имя пользователя")).isVisible();
  }

  private void signIn(String username, String password) {
    page.navigate("/login");
    page.getByLabel("Имя пользователя").fill(username);
    page.getByLabel("Пароль", new Page.GetByLabelOptions().setExact(true)).fill(password);
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Войти")).click();
  }
}
