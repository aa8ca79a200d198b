package com.onewindow.shared.catalog;

import com.onewindow.shared.common.LocalizedText;
import com.onewindow.shared.common.Money;
import java.math.BigDecimal;
import java.util.List;

/** An industry bundle as the catalog shows it: its parts, its price and what it saves. */
public record CatalogBundle(
    long id,
    String code,
    Industry industry,
    LocalizedText name,
    LocalizedText description,
    BigDecimal discountPercent,
    int minSites,
    List<LocalizedText> parts,
    Money monthlyPriceOfParts,
    Money monthlyPrice,
    Money monthlySaving,
    Money oneTimePrice) {

  static CatalogBundle of(Bundle bundle) {
    return new CatalogBundle(
        bundle.getId(),
        bundle.getCode(),
        bundle.getIndustry(),
        bundle.name(),
        bundle.description(),
        bundle.getDiscountPercent(),
        bundle.getMinSites(),
        bundle.getItems().stream()
            .map(i -> i.getOption() == null ? i.getProduct().name() : partName(i))
            .toList(),
        bundle.monthlyPriceOfParts(),
        bundle.monthlyPrice(),
        bundle.monthlySaving(),
        bundle.oneTimePriceOfParts());
  }

  private static LocalizedText partName(BundleItem item) {
    var product = item.getProduct().name();
    var option = item.getOption().name();
    return new LocalizedText(
        product.ru() + " — " + option.ru(), product.en() + " — " + option.en());
  }
}
