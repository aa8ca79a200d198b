package com.onewindow.shared.request;

import com.onewindow.shared.catalog.CatalogBundle;
import com.onewindow.shared.catalog.CatalogProduct;
import com.onewindow.shared.common.Money;
import com.onewindow.shared.request.ConnectionOrder.ServiceOrder;
import com.onewindow.shared.request.ConnectionOrder.SiteOrder;

/** What an order costs, VAT included: per month, once, and what its bundles save per month. */
public record PriceSummary(Money monthly, Money oneTime, Money bundleSaving) {

  public static final PriceSummary ZERO = new PriceSummary(Money.ZERO, Money.ZERO, Money.ZERO);

  PriceSummary plus(PriceSummary other) {
    return new PriceSummary(
        monthly.plus(other.monthly),
        oneTime.plus(other.oneTime),
        bundleSaving.plus(other.bundleSaving));
  }

  /** Prices an order from the catalog; unknown items count for nothing (the rules refuse them). */
  public static PriceSummary of(ConnectionOrder order, OrderRules catalog) {
    PriceSummary total = ZERO;
    for (SiteOrder site : order.sites()) {
      total = total.plus(ofSite(site, catalog));
    }
    return total;
  }

  public static PriceSummary ofSite(SiteOrder site, OrderRules catalog) {
    PriceSummary total = ZERO;
    CatalogBundle bundle = site.bundleId() == null ? null : catalog.bundle(site.bundleId());
    if (bundle != null) {
      total =
          total.plus(
              new PriceSummary(
                  bundle.monthlyPrice(), bundle.oneTimePrice(), bundle.monthlySaving()));
    }
    for (ServiceOrder service : site.services()) {
      CatalogProduct product = catalog.product(service.productId());
      if (product == null) {
        continue;
      }
      Money monthly = product.monthlyPrice();
      Money oneTime = product.oneTimePrice();
      for (var option : product.options()) {
        if (service.optionId() != null && option.id() == service.optionId()) {
          monthly = monthly.plus(option.monthlyPrice());
          oneTime = oneTime.plus(option.oneTimePrice());
        }
      }
      total = total.plus(new PriceSummary(monthly, oneTime, Money.ZERO));
    }
    return total;
  }
}
