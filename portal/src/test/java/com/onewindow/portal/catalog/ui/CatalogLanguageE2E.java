package com.onewindow.portal.catalog.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.onewindow.portal.PortalApplication;
import com.onewindow.shared.testing.BrowserHarness;
import com.onewindow.shared.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The catalog writes its prices the way the reader's language writes numbers, in roubles. */
@SpringBootTest(classes = PortalApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT)
@TestDatabase
class CatalogLanguageE2E {

  private static BrowserHarness browser;

  @LocalServerPort int port;

  @BeforeAll
  static void launchBrowser() {
    browser = BrowserHarness.launch();
  }

  @AfterAll
  static void closeBrowser() {
    browser.close();
  }

  @Test
  void an_english_reader_sees_prices_with_the_rouble_sign_and_english_digits() {
    Page page = browser.newPage("http://localhost:" + port);
    page.navigate("/");
    assertThat(page.getByText("1\u00A0490,00\u00A0₽ в месяц").first()).isVisible();

    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("English")).click();

    var heading =
        page.getByRole(
            AriaRole.HEADING, new Page.GetByRoleOptions().setName("Services for business"));
    assertThat(heading).isVisible();
    assertThat(page.getByText("1,490.00\u00A0₽ a month").first()).isVisible();
    assertThat(page.locator("body")).not().containsText("RUB");
    BrowserHarness.screenshot(page, "portal-catalog-english");
  }
}
