package com.onewindow.portal.catalog.ui;

import com.onewindow.shared.catalog.CatalogBundle;
import com.onewindow.shared.catalog.CatalogProduct;
import com.onewindow.shared.catalog.CatalogService;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Locale;

/** The portal's home: the services and industry bundles anybody may browse (P1). */
@Route("")
@AnonymousAllowed
public class CatalogView extends VerticalLayout implements HasDynamicTitle {

  public CatalogView(CatalogService catalog) {
    Locale locale = getLocale();
    add(
        new H1(getTranslation("catalog.heading")),
        new Paragraph(getTranslation("catalog.vatNote")));
    add(new H2(getTranslation("catalog.services")));
    var products = new Div();
    products.addClassName("card-grid");
    catalog.products().forEach(p -> products.add(productCard(p, locale)));
    add(products);
    add(new H2(getTranslation("catalog.bundles")));
    var bundles = new Div();
    bundles.addClassName("card-grid");
    catalog.bundles().forEach(b -> bundles.add(bundleCard(b, locale)));
    add(bundles);
  }

  private Div productCard(CatalogProduct product, Locale locale) {
    var card = card(product.name().in(locale), product.description().in(locale));
    card.add(price(product.monthlyPrice().format(locale), product.oneTimePrice().format(locale)));
    if (!product.options().isEmpty()) {
      var options = new Div();
      options.addClassName("options");
      product
          .options()
          .forEach(
              o ->
                  options.add(
                      new Span(
                          o.name().in(locale)
                              + " · +"
                              + o.monthlyPrice().format(locale)
                              + getTranslation("catalog.perMonthShort"))));
      card.add(options);
    }
    return card;
  }

  private Div bundleCard(CatalogBundle bundle, Locale locale) {
    var card = card(bundle.name().in(locale), bundle.description().in(locale));
    card.add(new Span(getTranslation("industry." + bundle.industry())));
    var parts = new Div();
    parts.addClassName("options");
    bundle.parts().forEach(part -> parts.add(new Span(part.in(locale))));
    card.add(parts);
    card.add(price(bundle.monthlyPrice().format(locale), bundle.oneTimePrice().format(locale)));
    card.add(
        new Span(
            getTranslation(
                "catalog.saving",
                bundle.monthlySaving().format(locale),
                bundle.discountPercent().stripTrailingZeros().toPlainString())));
    if (bundle.minSites() > 1) {
      card.add(new Span(getTranslation("catalog.minSites", bundle.minSites())));
    }
    return card;
  }

  private static Div card(String title, String description) {
    var card = new Div(new H3(title), new Paragraph(description));
    card.addClassName("card");
    return card;
  }

  private Div price(String monthly, String oneTime) {
    var price =
        new Div(
            new Span(getTranslation("catalog.monthly", monthly)),
            new Span(getTranslation("catalog.oneTime", oneTime)));
    price.addClassName("price");
    return price;
  }

  @Override
  public String getPageTitle() {
    return getTranslation("catalog.heading");
  }
}
