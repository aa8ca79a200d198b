package com.onewindow.backoffice.testing;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.onewindow.shared.catalog.Industry;
import com.onewindow.shared.company.Inn;
import com.onewindow.shared.crm.ClientService;
import com.onewindow.shared.crm.NewClient;
import com.onewindow.shared.testing.BrowserHarness;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/** What the CRM's browser tests start from: a staff member signed in, a client of their own. */
public final class CrmBrowsing {

  private CrmBrowsing() {}

  /** A fresh browser signed in as a demo staff member, on the start page. */
  public static Page signIn(BrowserHarness browser, int port, String username) {
    Page page = browser.newPage("http://localhost:" + port);
    page.navigate("/login");
    page.getByLabel("Имя пользователя").fill(username);
    page.getByLabel("Пароль", new Page.GetByLabelOptions().setExact(true)).fill("demo12345");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Войти")).click();
    assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Заявки")))
        .isVisible();
    return page;
  }

  /**
   * A client the manager has just found, with one contact, Иванов Иван: the demo's own clients of a
   * direct-sales manager may all have passed to the service manager by the day a test runs (R3).
   * Its INN follows from the name, so give every test its own name.
   */
  public static long aNewClientOf(
      UserDetailsService staffUsers, ClientService clients, String username, String legalName) {
    var user = staffUsers.loadUserByUsername(username);
    SecurityContextHolder.getContext()
        .setAuthentication(
            UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    try {
      return clients.create(
          new NewClient(
              Inn.withCheckDigits("99%07d".formatted(1_000_000 + (legalName.hashCode() & 0x7FFFF)))
                  .value(),
              null,
              legalName,
              Industry.OFFICES,
              null,
              false,
              "Иванов Иван",
              "+7 8452 20-30-40",
              "ivanov@client.test",
              null));
    } finally {
      SecurityContextHolder.clearContext();
    }
  }
}
