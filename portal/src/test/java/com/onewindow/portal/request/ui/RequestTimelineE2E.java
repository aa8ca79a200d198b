package com.onewindow.portal.request.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.onewindow.portal.PortalApplication;
import com.onewindow.shared.account.CustomerUser;
import com.onewindow.shared.account.CustomerUsers;
import com.onewindow.shared.company.Companies;
import com.onewindow.shared.request.Channel;
import com.onewindow.shared.request.RejectReason;
import com.onewindow.shared.request.RequestDetailService;
import com.onewindow.shared.request.RequestWorkflowService;
import com.onewindow.shared.testing.BrowserHarness;
import com.onewindow.shared.testing.SignedIn;
import com.onewindow.shared.testing.TestDatabase;
import com.onewindow.shared.testing.TestRequests;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A customer whose request a technician surveyed and rejected reads, on the portal's timeline, the
 * survey's result and the rejection's reason and explanation, but not the surveyor's notes.
 */
@SpringBootTest(classes = PortalApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT)
@TestDatabase
class RequestTimelineE2E {

  private static final String PASSWORD = "a-long-password";

  private static BrowserHarness browser;

  @LocalServerPort int port;
  @Autowired ApplicationContext context;
  @Autowired CustomerUsers users;
  @Autowired Companies companies;
  @Autowired PasswordEncoder passwords;
  @Autowired TransactionTemplate transactions;
  @Autowired RequestWorkflowService workflow;
  @Autowired RequestDetailService details;

  @Autowired
  @Qualifier("staffUserDetailsService")
  UserDetailsService staffUsers;

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
    page = browser.newPage("http://localhost:" + port);
  }

  @Test
  void a_rejected_request_shows_the_survey_result_and_the_reason_but_not_the_surveyors_notes()
      throws Exception {
    String email = "rejected-" + System.nanoTime() + "@client.example";
    var made = new TestRequests(context).submitted("SAR", Channel.ONLINE, email);
    transactions.executeWithoutResult(
        tx ->
            users.save(
                new CustomerUser(email, passwords.encode(PASSWORD), "Ирина Тестова", Instant.now())
                    .administer(companies.findById(made.companyId()).orElseThrow())
                    .confirmEmail()));
    new SignedIn(staffUsers)
        .run(
            "tech.saratov",
            () -> {
              workflow.claim(made.id(), version(made.id()));
              workflow.startSurvey(made.id(), version(made.id()));
              workflow.recordSurvey(made.id(), version(made.id()), true, "Кабель через подвал");
              workflow.reject(
                  made.id(),
                  version(made.id()),
                  RejectReason.DUPLICATE,
                  "Эта площадка уже есть в заявке 2026-0000042");
            });

    page.navigate("/login");
    page.getByLabel("Электронная почта").fill(email);
    page.getByLabel("Пароль", new Page.GetByLabelOptions().setExact(true)).fill(PASSWORD);
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Войти")).last().click();
    assertThat(page.getByText("Ирина Тестова")).isVisible();
    page.navigate("/my-requests/" + made.id());

    var timeline = page.getByLabel("Ход заявки и сообщения");
    assertThat(timeline.getByText("Результат обследования")).isVisible();
    assertThat(timeline.getByText("Подключение возможно")).isVisible();
    assertThat(timeline.getByText("Причина: Дубликат")).isVisible();
    assertThat(timeline.getByText("Эта площадка уже есть в заявке 2026-0000042")).isVisible();
    assertThat(timeline).not().containsText("Кабель через подвал");
    assertThat(timeline).not().containsText("DUPLICATE");
    BrowserHarness.screenshot(page, "portal-request-rejected-timeline");
  }

  private long version(long id) {
    return details.details(id).version();
  }
}
