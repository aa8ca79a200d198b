package com.onewindow.backoffice.base.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import com.onewindow.backoffice.BackofficeApplication;
import com.onewindow.backoffice.testing.CrmBrowsing;
import com.onewindow.shared.request.Channel;
import com.onewindow.shared.testing.BrowserHarness;
import com.onewindow.shared.testing.TestDatabase;
import com.onewindow.shared.testing.TestRequests;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * A request outside the technician's branch, one that does not exist and an address that is not an
 * id all show the same translated not-found page with HTTP 404, and leave no stack trace in the
 * log.
 */
@SpringBootTest(classes = BackofficeApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT)
@TestDatabase
@ExtendWith(OutputCaptureExtension.class)
class NotFoundE2E {

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
  void signIn() {
    page = CrmBrowsing.signIn(browser, port, "tech.saratov");
  }

  @Test
  void a_perm_request_shows_a_saratov_technician_the_not_found_page(CapturedOutput log) {
    var perm = new TestRequests(context).submitted("PRM", Channel.ONLINE);
    showsNotFound("/requests/" + perm.id(), "backoffice-not-found-other-branch", log);
  }

  @Test
  void a_missing_request_shows_the_not_found_page(CapturedOutput log) {
    showsNotFound("/requests/987654321", "backoffice-not-found-missing", log);
  }

  @Test
  void a_malformed_request_id_shows_the_not_found_page(CapturedOutput log) {
    showsNotFound("/requests/abc", "backoffice-not-found-malformed", log);
  }

  @Test
  void a_malformed_client_id_shows_the_not_found_page(CapturedOutput log) {
    showsNotFound("/client/abc", "backoffice-not-found-malformed-client", log);
  }

  @Test
  void an_unknown_address_shows_the_same_not_found_page(CapturedOutput log) {
    showsNotFound("/no-such-page", "backoffice-not-found-unknown-route", log);
  }

  private void showsNotFound(String address, String screenshot, CapturedOutput log) {
    Response response = page.navigate(address);
    assertThat(
            page.getByRole(
                AriaRole.HEADING, new Page.GetByRoleOptions().setName("Страница не найдена")))
        .isVisible();
    assertThat(page.getByText("Такой страницы нет, или у вас нет к ней доступа.")).isVisible();
    assertThat(page.locator("body")).not().containsText("There was an exception");
    BrowserHarness.screenshot(page, screenshot);
    assertThat(response.status()).isEqualTo(404);
    assertThat(log.getAll()).doesNotContain("NotFoundException").doesNotContain("\tat com.");
  }
}
