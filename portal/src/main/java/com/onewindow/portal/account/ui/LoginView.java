package com.onewindow.portal.account.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;

/**
 * Sign-in of a customer: email and password. A wrong password, an account locked after repeated
 * failures and an email not yet confirmed are each told plainly.
 */
@Route("login")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

  private final LoginForm form = new LoginForm();

  public LoginView() {
    setAlignItems(Alignment.CENTER);
    form.setAction("login");
    form.setI18n(i18n("login.error"));
    form.setForgotPasswordButtonVisible(true);
    form.addForgotPasswordListener(e -> getUI().ifPresent(ui -> ui.navigate("forgot-password")));
    add(
        new H1(getTranslation("login.heading")),
        form,
        new Anchor("register", getTranslation("login.register")));
  }

  private LoginI18n i18n(String errorKey) {
    LoginI18n i18n = LoginI18n.createDefault();
    i18n.getForm().setTitle(getTranslation("login.title"));
    i18n.getForm().setUsername(getTranslation("login.email"));
    i18n.getForm().setPassword(getTranslation("login.password"));
    i18n.getForm().setSubmit(getTranslation("login.submit"));
    i18n.getForm().setForgotPassword(getTranslation("login.forgot"));
    i18n.getErrorMessage().setTitle(getTranslation(errorKey + ".title"));
    i18n.getErrorMessage().setMessage(getTranslation(errorKey + ".message"));
    return i18n;
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    boolean error = event.getLocation().getQueryParameters().getParameters().containsKey("error");
    if (error) {
      form.setI18n(i18n(errorKey()));
    }
    form.setError(error);
  }

  /** Why the last sign-in failed, as Spring Security left it in the session. */
  private static String errorKey() {
    var session = VaadinSession.getCurrent();
    Object last =
        session == null || session.getSession() == null
            ? null
            : session.getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
    for (Throwable t = last instanceof Throwable th ? th : null; t != null; t = t.getCause()) {
      if (t instanceof LockedException) {
        return "login.locked";
      }
      if (t instanceof DisabledException) {
        return "login.unconfirmed";
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return "login.error";
  }

  @Override
  public String getPageTitle() {
    return getTranslation("login.title");
  }
}
