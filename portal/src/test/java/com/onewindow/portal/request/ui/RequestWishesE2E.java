package com.onewindow.portal.request.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.onewindow.portal.PortalApplication;
import com.onewindow.shared.account.CustomerUser;
import com.onewindow.shared.account.CustomerUsers;
import com.onewindow.shared.company.Companies;
import com.onewindow.shared.request.Channel;
import com.onewindow.shared.request.ConnectionRequests;
import com.onewindow.shared.testing.BrowserHarness;
import com.onewindow.shared.testing.TestDatabase;
import com.onewindow.shared.testing.TestRequests;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The customer reads on their request's page what they asked for in the wizard: the comment they
 * wrote, line by line, and the date they would like the connection on.
 */
@SpringBootTest(classes = PortalApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT)
@TestDatabase
class RequestWishesE2E {

  private static final String PASSWORD = "a-long-password";

  private static BrowserHarness browser;

  @LocalServerPort int port;
  @Autowired ApplicationContext context;
  @Autowired CustomerUsers users;
  @Autowired Companies companies;
  @Autowired ConnectionRequests requests;
  @Autowired PasswordEncoder passwords;
  @Autowired TransactionTemplate transactions;

  @BeforeAll
  static void launchBrowser() {
    browser = BrowserHarness.launch();
  }

  @AfterAll
  static void closeBrowser() {
    browser.close();
  }

  @Test
  void the_request_page_shows_the_customers_comment_with_its_line_breaks_and_the_desired_date() {
    String email = "wishes-" + System.nanoTime() + "@client.example";
    var made = new TestRequests(context).submitted("SAR", Channel.ONLINE, email);
    transactions.executeWithoutResult(
        tx -> {
          requests
              .findById(made.id())
              .orElseThrow()
              .wanting(
                  LocalDate.of(2031, 3, 14),
                  "Въезд со двора, охрана пропускает по списку.\nЗвонить после 10:00.");
          users.save(
              new CustomerUser(email, passwords.encode(PASSWORD), "Ирина Тестова", Instant.now())
                  .administer(companies.findById(made.companyId()).orElseThrow())
                  .confirmEmail());
        });

    Page page = browser.newPage("http://localhost:" + port);
    page.navigate("/login");
    page.getByLabel("Электронная почта").fill(email);
    page.getByLabel("Пароль", new Page.GetByLabelOptions().setExact(true)).fill(PASSWORD);
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Войти")).last().click();
    assertThat(page.getByText("Ирина Тестова")).isVisible();
    page.navigate("/my-requests/" + made.id());

    var comment = page.getByLabel("Ваш комментарий");
    assertThat(comment).isVisible();
    // as rendered: a line break the customer typed shows as one, not run into a single line
    assertThat(comment.innerText())
        .isEqualTo("Въезд со двора, охрана пропускает по списку.\nЗвонить после 10:00.");
    assertThat(
            page.getByRole(
                AriaRole.HEADING, new Page.GetByRoleOptions().setName("Ваш комментарий")))
        .isVisible();
    assertThat(page.getByText("14 марта 2031")).isVisible();
    BrowserHarness.screenshot(page, "portal-request-comment-and-date");
  }
}
