package com.onewindow.portal.base.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.onewindow.portal.PortalApplication;
import com.onewindow.portal.testing.CustomerBrowsing;
import com.onewindow.shared.testing.Accessibility;
import com.onewindow.shared.testing.BrowserHarness;
import com.onewindow.shared.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The portal's main pages pass an automated WCAG 2.1 AA check with no serious violation. */
@SpringBootTest(classes = PortalApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT)
@TestDatabase
class PortalAccessibilityE2E {

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
  void open() {
    page = browser.newPage("http://localhost:" + port);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"/", "/coverage", "/connect", "/login", "/register"})
  void a_page_open_to_visitors_has_no_serious_violation(String path) {
    page.navigate(path);
    assertThat(page.locator("h1").first()).isVisible();
    Accessibility.assertNoSeriousViolations(page);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"/my-requests", "/my-company"})
  void a_page_of_a_signed_in_customer_has_no_serious_violation(String path) {
    CustomerBrowsing.signInAsOlga(page);
    page.navigate(path);
    assertThat(page.locator("h1").first()).isVisible();
    assertThat(page.locator("vaadin-grid-cell-content").first()).isAttached();
    Accessibility.assertNoSeriousViolations(page);
  }

  @Test
  void the_page_of_a_request_has_no_serious_violation() {
    CustomerBrowsing.signInAsOlga(page);
    CustomerBrowsing.openNewestRequest(page);
    Accessibility.assertNoSeriousViolations(page);
  }
}
