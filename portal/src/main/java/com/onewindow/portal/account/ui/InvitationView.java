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
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** The link of an invitation: the colleague opens an account in the inviting company. */
@Route("invitation")
@AnonymousAllowed
public class InvitationView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

  private final RegistrationService registration;

  public InvitationView(RegistrationService registration) {
    this.registration = registration;
    setMaxWidth("40rem");
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    removeAll();
    String token = event.getLocation().getQueryParameters().getSingleParameter("token").orElse("");
    String email;
    try {
      email = registration.invitedEmail(token);
    } catch (BusinessRuleViolation invalid) {
      add(
          new H1(getTranslation("confirm.failed")),
          new Paragraph(getTranslation(invalid.messageKey())));
      return;
    }
    var name = new TextField(getTranslation("register.name"));
    var phone = new TextField(getTranslation("register.phone"));
    var password = new PasswordField(getTranslation("register.password"));
    password.setHelperText(getTranslation("register.password.help", CustomerUser.PASSWORD_MIN));
    var create = new Button(getTranslation("invitation.create"));
    create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    create.addClickListener(
        e -> {
          try {
            registration.acceptInvitation(
                token, name.getValue(), phone.getValue(), password.getValue(), getLocale());
            removeAll();
            add(
                new H1(getTranslation("invitation.done")),
                new Anchor("login", getTranslation("action.login")));
          } catch (BusinessRuleViolation refused) {
            var field =
                refused.messageKey().contains("phone")
                    ? phone
                    : refused.messageKey().contains("name") ? name : password;
            field.setErrorMessage(getTranslation(refused.messageKey(), refused.arguments()));
            field.setInvalid(true);
          }
        });
    add(
        new H1(getTranslation("invitation.heading")),
        new Paragraph(getTranslation("invitation.intro", email)),
        name,
        phone,
        password,
        create);
  }

  @Override
  public String getPageTitle() {
    return getTranslation("invitation.heading");
  }
}
