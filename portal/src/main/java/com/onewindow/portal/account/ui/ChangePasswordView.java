package com.onewindow.portal.account.ui;

import com.onewindow.shared.account.CustomerUser;
import com.onewindow.shared.account.RegistrationService;
import com.onewindow.shared.common.BusinessRuleViolation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** The signed-in customer changes their password. */
@Route("account/password")
@RolesAllowed("CUSTOMER")
public class ChangePasswordView extends VerticalLayout implements HasDynamicTitle {

  public ChangePasswordView(RegistrationService registration) {
    setMaxWidth("40rem");
    var current = new PasswordField(getTranslation("password.current"));
    var fresh = new PasswordField(getTranslation("reset.newPassword"));
    fresh.setHelperText(getTranslation("register.password.help", CustomerUser.PASSWORD_MIN));
    current.setWidthFull();
    fresh.setWidthFull();
    var save = new Button(getTranslation("reset.save"));
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    save.addClickListener(
        e -> {
          current.setInvalid(false);
          fresh.setInvalid(false);
          try {
            registration.changePassword(current.getValue(), fresh.getValue());
            current.clear();
            fresh.clear();
            Notification.show(
                    getTranslation("password.changed"), 5000, Notification.Position.TOP_CENTER)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
          } catch (BusinessRuleViolation refused) {
            var field = refused.messageKey().contains("current") ? current : fresh;
            field.setErrorMessage(getTranslation(refused.messageKey(), refused.arguments()));
            field.setInvalid(true);
          }
        });
    add(new H1(getTranslation("password.heading")), current, fresh, save);
  }

  @Override
  public String getPageTitle() {
    return getTranslation("password.heading");
  }
}
