package com.onewindow.portal.account.ui;

import com.onewindow.shared.account.CustomerUser;
import com.onewindow.shared.account.RegistrationService;
import com.onewindow.shared.common.BusinessRuleViolation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** The link of the reset mail: a new password, once, within the hour. */
@Route("reset-password")
@AnonymousAllowed
public class ResetPasswordView extends VerticalLayout
    implements BeforeEnterObserver, HasDynamicTitle {

  private final RegistrationService registration;
  private String token = "";

  public ResetPasswordView(RegistrationService registration) {
    this.registration = registration;
    setMaxWidth("40rem");
    var password = new PasswordField(getTranslation("reset.newPassword"));
    password.setHelperText(getTranslation("register.password.help", CustomerUser.PASSWORD_MIN));
    password.setWidthFull();
    var save = new Button(getTranslation("reset.save"));
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    save.addClickListener(
        e -> {
          try {
            registration.resetPassword(token, password.getValue());
            removeAll();
            add(
                new H1(getTranslation("reset.done")),
                new Anchor("login", getTranslation("action.login")));
          } catch (BusinessRuleViolation refused) {
            password.setErrorMessage(getTranslation(refused.messageKey(), refused.arguments()));
            password.setInvalid(true);
          }
        });
    add(
        new H1(getTranslation("reset.heading")),
        new Paragraph(getTranslation("reset.intro")),
        password,
        save);
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    token = event.getLocation().getQueryParameters().getSingleParameter("token").orElse("");
  }

  @Override
  public String getPageTitle() {
    return getTranslation("reset.heading");
  }
}
