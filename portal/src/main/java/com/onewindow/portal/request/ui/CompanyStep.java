package com.onewindow.portal.request.ui;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Consumer;

/** Step 1: the company (legal name, INN, KPP) and the contact person. */
class CompanyStep extends VerticalLayout {

  CompanyStep(ConnectWizardView wizard) {
    setPadding(false);
    var draft = wizard.draft;
    var company =
        new FormLayout(
            text(
                wizard, "legalName", "wizard.legalName", draft.legalName, v -> draft.legalName = v),
            text(wizard, "inn", "wizard.inn", draft.inn, v -> draft.inn = v),
            text(wizard, "kpp", "wizard.kpp", draft.kpp, v -> draft.kpp = v));
    if (wizard.companyOnFile == null) {
      ((TextField) wizard.fields.get("inn")).setHelperText(getTranslation("wizard.inn.help"));
      ((TextField) wizard.fields.get("kpp")).setHelperText(getTranslation("wizard.kpp.help"));
    } else {
      // The company on file is the one the request is for: shown, not asked again.
      for (String name : new String[] {"legalName", "inn", "kpp"}) {
        ((TextField) wizard.fields.get(name)).setReadOnly(true);
      }
    }
    var email = new EmailField(getTranslation("wizard.contactEmail"));
    email.setValue(draft.contactEmail);
    email.addValueChangeListener(
        e -> {
          draft.contactEmail = e.getValue().strip();
          wizard.changed();
        });
    wizard.fields.put("contactEmail", email);
    var contact =
        new FormLayout(
            text(
                wizard,
                "contactName",
                "wizard.contactName",
                draft.contactName,
                v -> draft.contactName = v),
            text(
                wizard,
                "contactPhone",
                "wizard.contactPhone",
                draft.contactPhone,
                v -> draft.contactPhone = v),
            email);
    ((TextField) wizard.fields.get("contactPhone")).setPlaceholder("+7 912 345-67-89");
    add(new H2(getTranslation("wizard.company")), company);
    if (wizard.companyOnFile != null) {
      var onFile = new Paragraph(getTranslation("wizard.companyOnFile"));
      onFile.addClassName("hint");
      add(onFile);
    }
    add(new H2(getTranslation("wizard.contact")), contact);
  }

  static TextField text(
      ConnectWizardView wizard, String name, String labelKey, String value, Consumer<String> set) {
    var field = new TextField(wizard.getTranslation(labelKey));
    field.setValue(value);
    field.addValueChangeListener(
        e -> {
          set.accept(e.getValue());
          wizard.changed();
        });
    wizard.fields.put(name, field);
    return field;
  }
}
