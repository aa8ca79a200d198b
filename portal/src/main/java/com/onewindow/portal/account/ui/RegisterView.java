package com.onewindow.portal.account.ui;

import com.onewindow.portal.request.ui.DraftStorage;
import com.onewindow.shared.account.ContactRules;
import com.onewindow.shared.account.CustomerUser;
import com.onewindow.shared.account.Registration;
import com.onewindow.shared.account.RegistrationService;
import com.onewindow.shared.common.BusinessRuleViolation;
import com.onewindow.shared.company.Inn;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * Registration (P4): name, email, phone, password, and the company's INN if known. Coming from the
 * wizard, the form is filled from its draft; the account signs in once the email is confirmed.
 */
@Route("register")
@AnonymousAllowed
public class RegisterView extends VerticalLayout implements HasDynamicTitle {

  private final TextField name = new TextField();
  private final EmailField email = new EmailField();
  private final TextField phone = new TextField();
  private final PasswordField password = new PasswordField();
  private final TextField inn = new TextField();

  public RegisterView(RegistrationService registration) {
    setMaxWidth("40rem");
    name.setLabel(getTranslation("register.name"));
    email.setLabel(getTranslation("register.email"));
    phone.setLabel(getTranslation("register.phone"));
    phone.setPlaceholder("+7 912 345-67-89");
    password.setLabel(getTranslation("register.password"));
    password.setHelperText(getTranslation("register.password.help", CustomerUser.PASSWORD_MIN));
    inn.setLabel(getTranslation("register.inn"));
    inn.setHelperText(getTranslation("register.inn.help"));
    var form = new FormLayout(name, email, phone, password, inn);
    form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
    var submit = new Button(getTranslation("register.submit"));
    submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    submit.addClickListener(
        e -> {
          if (!valid()) {
            return;
          }
          try {
            registration.register(
                new Registration(
                    name.getValue(),
                    email.getValue(),
                    phone.getValue(),
                    password.getValue(),
                    inn.getValue()),
                getLocale());
            removeAll();
            add(
                new H1(getTranslation("register.sent.heading")),
                new Paragraph(getTranslation("register.sent.text", email.getValue().strip())));
          } catch (BusinessRuleViolation refused) {
            var field =
                refused.messageKey().startsWith("account.error.email")
                    ? email
                    : refused.messageKey().startsWith("inn") ? inn : password;
            field.setErrorMessage(getTranslation(refused.messageKey(), refused.arguments()));
            field.setInvalid(true);
          }
        });
    add(
        new H1(getTranslation("register.heading")),
        new Paragraph(getTranslation("register.intro")),
        form,
        submit);
  }

  @Override
  protected void onAttach(AttachEvent attachEvent) {
    DraftStorage.loadContact(
        this,
        draft -> {
          if (name.isEmpty()) {
            name.setValue(draft.contactName);
          }
          if (email.isEmpty()) {
            email.setValue(draft.contactEmail);
          }
          if (phone.isEmpty()) {
            phone.setValue(draft.contactPhone);
          }
          if (inn.isEmpty()) {
            inn.setValue(draft.inn);
          }
        });
  }

  private boolean valid() {
    boolean ok = true;
    ok &= check(name, !name.getValue().isBlank(), "account.error.nameMissing");
    ok &= check(email, ContactRules.isEmail(email.getValue()), "contact.error.email");
    ok &=
        check(
            phone,
            ContactRules.normalisedPhone(phone.getValue()).isPresent(),
            "contact.error.phone");
    ok &=
        check(
            password,
            password.getValue().length() >= CustomerUser.PASSWORD_MIN,
            "account.error.passwordShort");
    String typedInn = inn.getValue().strip();
    ok &=
        check(
            inn,
            typedInn.isEmpty() || Inn.isValid(typedInn),
            "inn.problem." + (typedInn.isEmpty() ? "LENGTH" : Inn.problemWith(typedInn)));
    return ok;
  }

  private boolean check(com.vaadin.flow.component.HasValidation field, boolean fine, String key) {
    field.setInvalid(!fine);
    field.setErrorMessage(fine ? null : getTranslation(key, CustomerUser.PASSWORD_MIN));
    return fine;
  }

  @Override
  public String getPageTitle() {
    return getTranslation("register.heading");
  }
}
