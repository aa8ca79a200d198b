package com.onewindow.shared.catalog;

import com.onewindow.shared.common.LocalizedText;
import com.onewindow.shared.common.Money;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An industry bundle as the catalog shows it: its parts (and their categories, for the rules of a
 * site's order), its price and what it saves.
 */
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
    Money oneTimePrice,
    Set<ProductCategory> categories) {

  /** Copies the collections, so that nothing lazy of the entity reaches a view. */
  public CatalogBundle {
    parts = List.copyOf(parts);
    categories = Set.copyOf(categories);
  }

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
        bundle.oneTimePriceOfParts(),
        bundle.getItems().stream()
            .map(i -> i.getProduct().getCategory())
            .collect(Collectors.toUnmodifiableSet()));
  }

  private static LocalizedText partName(BundleItem item) {
    var product = item.getProduct().name();
    var option = item.getOption().name();
    return new LocalizedText(
        product.ru() + " — " + option.ru(), product.en() + " — " + option.en());
  }
}
