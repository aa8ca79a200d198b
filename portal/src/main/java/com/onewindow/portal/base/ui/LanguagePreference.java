package com.onewindow.portal.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServiceInitListener;
import jakarta.servlet.http.Cookie;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Russian unless the user chose English: the choice lives in a cookie, so it survives sign-in and
 * sign-out, and is applied to every new page.
 */
@Component
public class LanguagePreference implements VaadinServiceInitListener {

  private static final String COOKIE = "ow-lang";

  @Override
  public void serviceInit(ServiceInitEvent event) {
    event.getSource().addUIInitListener(e -> e.getUI().setLocale(fromCookie()));
  }

  /** Switches the language and reloads the page so that every string is drawn anew. */
  public static void switchTo(Locale locale) {
    var cookie = new Cookie(COOKIE, locale.getLanguage());
    cookie.setPath("/");
    cookie.setMaxAge((int) Duration.ofDays(365).toSeconds());
    cookie.setHttpOnly(true);
    VaadinResponse.getCurrent().addCookie(cookie);
    UI ui = UI.getCurrent();
    ui.getSession().setLocale(locale);
    ui.getPage().reload();
  }

  private static Locale fromCookie() {
    VaadinRequest request = VaadinRequest.getCurrent();
    if (request == null || request.getCookies() == null) {
      return Translations.RUSSIAN;
    }
    return Arrays.stream(request.getCookies())
        .filter(c -> COOKIE.equals(c.getName()))
        .findFirst()
        .map(c -> "en".equals(c.getValue()) ? Locale.ENGLISH : Translations.RUSSIAN)
        .orElse(Translations.RUSSIAN);
  }
}
