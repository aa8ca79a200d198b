package com.onewindow.portal.testing;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/** What the portal's browser tests of a signed-in customer start from. */
public final class CustomerBrowsing {

  /** The demo customer of the Saratov hotel, with requests, sites and services of her company. */
  public static final String OLGA = "olga@volga-hotel.example";

  public static final String DEMO_PASSWORD = "demo12345";

  private CustomerBrowsing() {}

  /** Signs the demo customer in on the login page and waits until the portal greets her. */
  public static void signInAsOlga(Page page) {
    page.navigate("/login");
    page.getByLabel("Электронная почта").fill(OLGA);
    page.getByLabel("Пароль", new Page.GetByLabelOptions().setExact(true)).fill(DEMO_PASSWORD);
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Войти")).last().click();
    assertThat(page.getByText("Ольга Петрова").first()).isAttached();
  }

  /** Opens the page of the newest request of her company, through the list of her requests. */
  public static void openNewestRequest(Page page) {
    page.navigate("/my-requests");
    page.locator("vaadin-grid-cell-content")
        .getByText(java.util.regex.Pattern.compile("^20\\d\\d-\\d{7}$"))
        .first()
        .click();
    assertThat(
            page.getByRole(
                AriaRole.HEADING,
                new Page.GetByRoleOptions()
                    .setName(java.util.regex.Pattern.compile("Заявка \\d{4}-\\d{7}"))))
        .isVisible();
  }
}
