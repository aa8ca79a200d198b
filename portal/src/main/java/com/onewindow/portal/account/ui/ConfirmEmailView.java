package com.onewindow.portal.account.ui;

import com.onewindow.portal.request.ui.DraftStorage;
import com.onewindow.shared.account.RegistrationService;
import com.onewindow.shared.common.BusinessRuleViolation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** The link of the confirmation mail: confirms the address once, then offers to sign in. */
@Route("confirm")
@AnonymousAllowed
public class ConfirmEmailView extends VerticalLayout
    implements BeforeEnterObserver, HasDynamicTitle {

  private final RegistrationService registration;
  private String target = "login";

  public ConfirmEmailView(RegistrationService registration) {
    this.registration = registration;
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    removeAll();
    String token = event.getLocation().getQueryParameters().getSingleParameter("token").orElse("");
    try {
      registration.confirmEmail(token);
    } catch (BusinessRuleViolation invalid) {
      add(
          new H1(getTranslation("confirm.failed")),
          new Paragraph(getTranslation(invalid.messageKey())));
      return;
    }
    var signIn = new Button(getTranslation("confirm.signIn"));
    signIn.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    signIn.addClickListener(e -> getUI().ifPresent(ui -> ui.navigate(target)));
    add(
        new H1(getTranslation("confirm.heading")),
        new Paragraph(getTranslation("confirm.text")),
        signIn);
    DraftStorage.load(
        this,
        json -> {
          if (json != null) {
            signIn.setText(getTranslation("confirm.signInAndSubmit"));
            target = "connect/finish";
          }
        });
  }

  @Override
  public String getPageTitle() {
    return getTranslation("confirm.heading");
  }
}
