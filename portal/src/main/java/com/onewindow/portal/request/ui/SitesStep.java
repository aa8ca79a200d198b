package com.onewindow.portal.request.ui;

import com.onewindow.portal.coverage.ui.ServiceabilityAnswer;
import com.onewindow.shared.request.OrderProblem;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;

/** Step 2: one or more sites, each checked for serviceability as its address is entered. */
class SitesStep extends VerticalLayout {

  SitesStep(ConnectWizardView wizard) {
    setPadding(false);
    var draft = wizard.draft;
    for (int i = 0; i < draft.sites.size(); i++) {
      add(siteCard(wizard, i));
    }
    var addSite = new Button(getTranslation("wizard.addSite"), VaadinIcon.PLUS.create());
    addSite.addClickListener(
        e -> {
          draft.sites.add(new WizardDraft.SiteDraft());
          wizard.show(ConnectWizardView.SITES);
        });
    add(addSite);
  }

  private Div siteCard(ConnectWizardView wizard, int index) {
    var site = wizard.draft.sites.get(index);
    var answer = new ServiceabilityAnswer();
    Runnable check =
        () -> {
          if (!site.city.isBlank() && !site.street.isBlank() && !site.house.isBlank()) {
            var result = wizard.serviceability.check(site.city, site.street, site.house);
            answer.show(result);
            result
                .fieldErrors()
                .forEach(
                    (field, key) -> {
                      var f = wizard.fields.get(OrderProblem.siteField(index, field));
                      f.setErrorMessage(getTranslation(key));
                      f.setInvalid(true);
                    });
          }
        };
    var city = field(wizard, index, "city", "address.city", site.city, v -> site.city = v, check);
    var street =
        field(wizard, index, "street", "address.street", site.street, v -> site.street = v, check);
    var house =
        field(wizard, index, "house", "address.house", site.house, v -> site.house = v, check);
    house.setPlaceholder(getTranslation("address.house.placeholder"));
    var premises =
        field(
            wizard,
            index,
            "premises",
            "address.premises",
            site.premises,
            v -> site.premises = v,
            () -> {});
    var form = new FormLayout(city, street, house, premises);
    form.setResponsiveSteps(
        new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 4));
    var card = new Div(new H3(getTranslation("wizard.site", index + 1)), form, answer);
    card.addClassName("card");
    if (wizard.draft.sites.size() > 1) {
      var remove =
          new Button(getTranslation("wizard.removeSite", index + 1), VaadinIcon.TRASH.create());
      remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
      remove.addClickListener(
          e -> {
            wizard.draft.sites.remove(index);
            wizard.show(ConnectWizardView.SITES);
          });
      card.add(remove);
    }
    check.run();
    return card;
  }

  private static TextField field(
      ConnectWizardView wizard,
      int index,
      String name,
      String labelKey,
      String value,
      java.util.function.Consumer<String> set,
      Runnable check) {
    var field = new TextField(wizard.getTranslation(labelKey));
    field.setValue(value);
    field.addValueChangeListener(
        e -> {
          set.accept(e.getValue());
          field.setInvalid(false);
          wizard.changed();
          check.run();
        });
    wizard.fields.put(OrderProblem.siteField(index, name), field);
    return field;
  }
}
