package com.onewindow.portal.request.ui;

import com.onewindow.shared.request.PriceSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Step 5: everything at a glance with the price summary, consent, and submit (or sign in). */
class ReviewStep extends VerticalLayout {

  ReviewStep(ConnectWizardView wizard) {
    setPadding(false);
    var draft = wizard.draft;
    Locale locale = getLocale();
    add(new H2(getTranslation("wizard.company")));
    add(
        new Paragraph(
            draft.legalName
                + " · "
                + getTranslation("wizard.inn")
                + " "
                + draft.inn
                + (draft.kpp.isBlank()
                    ? ""
                    : " · " + getTranslation("wizard.kpp") + " " + draft.kpp)));
    add(
        new Paragraph(
            getTranslation("wizard.contact")
                + ": "
                + draft.contactName
                + ", "
                + draft.contactPhone
                + ", "
                + draft.contactEmail));
    for (int i = 0; i < draft.sites.size(); i++) {
      var site = draft.sites.get(i);
      var card =
          new Div(
              new H3(getTranslation("wizard.siteWithAddress", i + 1, ServicesStep.address(site))));
      card.addClassName("card");
      if (site.bundleId != null && wizard.rules.bundle(site.bundleId) != null) {
        var bundle = wizard.rules.bundle(site.bundleId);
        card.add(
            new Span(
                getTranslation(
                    "wizard.reviewBundle",
                    bundle.name().in(locale),
                    bundle.monthlyPrice().format(locale),
                    bundle.oneTimePrice().format(locale))));
      }
      for (var service : site.services) {
        var product = wizard.rules.product(service.productId);
        if (product == null) {
          continue;
        }
        String option =
            product.options().stream()
                .filter(o -> service.optionId != null && o.id() == service.optionId)
                .map(o -> " — " + o.name().in(locale))
                .findFirst()
                .orElse("");
        card.add(new Span(product.name().in(locale) + option));
      }
      add(card);
    }
    var summary = PriceSummary.of(draft.toOrder(), wizard.rules);
    var prices =
        new Div(
            new Span(getTranslation("wizard.total.monthly", summary.monthly().format(locale))),
            new Span(getTranslation("wizard.total.oneTime", summary.oneTime().format(locale))),
            new Span(getTranslation("wizard.total.saving", summary.bundleSaving().format(locale))),
            new Span(getTranslation("wizard.vatIncluded")));
    prices.addClassName("price-summary");
    add(new H2(getTranslation("wizard.prices")), prices);
    var date = draft.desiredDate();
    add(
        new Paragraph(
            getTranslation("wizard.desiredDate")
                + ": "
                + (date == null
                    ? getTranslation("wizard.asSoonAsPossible")
                    : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                        .withLocale(locale)
                        .format(date))));
    if (!draft.comment.isBlank()) {
      add(new Paragraph(getTranslation("wizard.comment") + ": " + draft.comment));
    }
    var consent = new Checkbox(getTranslation("wizard.consent"));
    consent.setValue(draft.consent);
    consent.addValueChangeListener(
        e -> {
          draft.consent = e.getValue();
          wizard.changed();
        });
    add(consent, wizard.errorLine("consent"));
    if (wizard.customer.isSignedIn()) {
      var submit = new Button(getTranslation("wizard.submit"));
      submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
      submit.setDisableOnClick(true);
      submit.addClickListener(e -> wizard.submit(submit));
      add(submit);
    } else {
      var register = new Button(getTranslation("wizard.register"));
      register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
      register.addClickListener(e -> getUI().ifPresent(ui -> ui.navigate("register")));
      var login = new Button(getTranslation("wizard.login"));
      login.addClickListener(e -> getUI().ifPresent(ui -> ui.navigate("connect/finish")));
      add(new Paragraph(getTranslation("wizard.guest")), new HorizontalLayout(register, login));
    }
  }
}
