package com.onewindow.portal.request.ui;

import com.onewindow.shared.catalog.CatalogBundle;
import com.onewindow.shared.catalog.CatalogProduct;
import com.onewindow.shared.request.OrderProblem;
import com.onewindow.shared.request.PriceSummary;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import java.util.Locale;

/**
 * Step 3: per site a bundle and/or services with their options, and the catalog's rules (a bundle's
 * minimum of sites, what a product needs beside it) told next to the field at once.
 */
class ServicesStep extends VerticalLayout {

  private final ConnectWizardView wizard;

  ServicesStep(ConnectWizardView wizard) {
    this.wizard = wizard;
    setPadding(false);
    add(new Span(getTranslation("wizard.vatIncluded")));
    for (int i = 0; i < wizard.draft.sites.size(); i++) {
      add(siteCard(i));
    }
  }

  private Div siteCard(int index) {
    var site = wizard.draft.sites.get(index);
    Locale locale = getLocale();
    var total = new Span();
    total.addClassName("site-total");
    Runnable recheck =
        () -> {
          wizard.changed();
          var summary = PriceSummary.ofSite(wizard.draft.siteOrder(index), wizard.rules);
          total.setText(
              getTranslation(
                  "wizard.siteTotal",
                  summary.monthly().format(locale),
                  summary.oneTime().format(locale)));
          var problems =
              wizard.rules.siteServices(
                  index, wizard.draft.siteOrder(index), wizard.draft.sites.size());
          wizard.showProblems(problems);
        };
    var bundle = new Select<CatalogBundle>();
    bundle.setLabel(getTranslation("wizard.bundle"));
    bundle.setItems(wizard.catalog.bundles());
    bundle.setEmptySelectionAllowed(true);
    bundle.setEmptySelectionCaption(getTranslation("wizard.noBundle"));
    bundle.setItemLabelGenerator(
        b ->
            b == null
                ? getTranslation("wizard.noBundle")
                : getTranslation(
                    "wizard.bundleItem",
                    b.name().in(locale),
                    b.monthlyPrice().format(locale),
                    b.discountPercent().stripTrailingZeros().toPlainString()));
    bundle.setWidth("30rem");
    wizard.catalog.bundles().stream()
        .filter(b -> site.bundleId != null && b.id() == site.bundleId)
        .findFirst()
        .ifPresent(bundle::setValue);
    var bundleParts = new Span();
    bundleParts.addClassName("hint");
    Runnable describe =
        () ->
            bundleParts.setText(
                bundle.getValue() == null
                    ? ""
                    : bundle.getValue().parts().stream()
                            .map(p -> p.in(locale))
                            .collect(java.util.stream.Collectors.joining(", "))
                        + (bundle.getValue().minSites() > 1
                            ? ". "
                                + getTranslation("catalog.minSites", bundle.getValue().minSites())
                            : ""));
    describe.run();
    bundle.addValueChangeListener(
        e -> {
          site.bundleId = e.getValue() == null ? null : e.getValue().id();
          describe.run();
          recheck.run();
        });
    wizard.fields.put(OrderProblem.siteField(index, "bundle"), bundle);
    var card =
        new Div(
            new H3(getTranslation("wizard.siteWithAddress", index + 1, address(site))),
            bundle,
            bundleParts,
            new Span(getTranslation("wizard.orServices")));
    card.addClassName("card");
    for (CatalogProduct product : wizard.catalog.products()) {
      card.add(productRow(index, site, product, recheck));
    }
    card.add(wizard.errorLine(OrderProblem.siteField(index, "services")), total);
    recheck.run();
    return card;
  }

  private Div productRow(
      int index, WizardDraft.SiteDraft site, CatalogProduct product, Runnable recheck) {
    Locale locale = getLocale();
    var ordered =
        site.services.stream().filter(s -> s.productId == product.id()).findFirst().orElse(null);
    var box =
        new Checkbox(
            product.oneTimePrice().amount().signum() == 0
                ? getTranslation(
                    "wizard.productItemNoFee",
                    product.name().in(locale),
                    product.monthlyPrice().format(locale))
                : getTranslation(
                    "wizard.productItem",
                    product.name().in(locale),
                    product.monthlyPrice().format(locale),
                    product.oneTimePrice().format(locale)));
    box.setValue(ordered != null);
    var row = new HorizontalLayout(box);
    row.setAlignItems(Alignment.BASELINE);
    Select<CatalogProduct.Option> option = null;
    if (!product.options().isEmpty()) {
      var select = new Select<CatalogProduct.Option>();
      select.setAriaLabel(getTranslation("wizard.option", product.name().in(locale)));
      select.setItems(product.options());
      select.setItemLabelGenerator(
          o ->
              o.name().in(locale)
                  + (o.monthlyPrice().amount().signum() == 0
                      ? ""
                      : " · +"
                          + o.monthlyPrice().format(locale)
                          + getTranslation("catalog.perMonthShort")));
      Long chosen = ordered == null ? null : ordered.optionId;
      select.setValue(
          product.options().stream()
              .filter(o -> chosen == null ? false : o.id() == chosen)
              .findFirst()
              .orElse(product.options().getFirst()));
      select.setEnabled(ordered != null);
      select.addValueChangeListener(
          e ->
              site.services.stream()
                  .filter(s -> s.productId == product.id())
                  .forEach(s -> s.optionId = e.getValue() == null ? null : e.getValue().id()));
      select.addValueChangeListener(e -> recheck.run());
      row.add(select);
      option = select;
    }
    var optionSelect = option;
    box.addValueChangeListener(
        e -> {
          site.services.removeIf(s -> s.productId == product.id());
          if (e.getValue()) {
            site.services.add(
                new WizardDraft.ServiceDraft(
                    product.id(),
                    optionSelect == null || optionSelect.getValue() == null
                        ? null
                        : optionSelect.getValue().id()));
          }
          if (optionSelect != null) {
            optionSelect.setEnabled(e.getValue());
          }
          recheck.run();
        });
    var wrapper =
        new Div(
            row, wizard.errorLine(OrderProblem.siteField(index, "product[" + product.id() + "]")));
    wrapper.addClassName("product-row");
    return wrapper;
  }

  static String address(WizardDraft.SiteDraft site) {
    return site.city
        + ", "
        + site.street
        + ", "
        + site.house
        + (site.premises.isBlank() ? "" : ", " + site.premises);
  }
}
