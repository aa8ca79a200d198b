package com.onewindow.portal.account.ui;

import com.onewindow.shared.account.ContactRules;
import com.onewindow.shared.account.RegistrationService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** Asks for a reset link; the answer is the same whether the address has an account or not. */
@Route("forgot-password")
@AnonymousAllowed
public class ForgotPasswordView extends VerticalLayout implements HasDynamicTitle {

  public ForgotPasswordView(RegistrationService registration) {
    setMaxWidth("40rem");
    var email = new EmailField(getTranslation("register.email"));
    email.setWidthFull();
    var send = new Button(getTranslation("forgot.send"));
    send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    var done = new Paragraph();
    send.addClickListener(
        e -> {
          if (!ContactRules.isEmail(email.getValue())) {
            email.setErrorMessage(getTranslation("contact.error.email"));
            email.setInvalid(true);
            return;
          }
          registration.requestPasswordReset(email.getValue());
          done.setText(getTranslation("forgot.sent", email.getValue().strip()));
        });
    add(
        new H1(getTranslation("forgot.heading")),
        new Paragraph(getTranslation("forgot.intro")),
        email,
        send,
        done);
  }

  @Override
  public String getPageTitle() {
    return getTranslation("forgot.heading");
  }
}
