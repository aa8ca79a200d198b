package com.onewindow.shared.catalog;

import com.onewindow.shared.common.LocalizedText;
import com.onewindow.shared.common.Money;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** A product as the catalog shows it. Prices include VAT. */
public record CatalogProduct(
    long id,
    String code,
    ProductCategory category,
    LocalizedText name,
    LocalizedText description,
    Money monthlyPrice,
    Money oneTimePrice,
    Set<ProductCategory> requiresOneOf,
    List<Option> options) {

  /**
   * Copies the collections: the ones an entity hands over are lazy and must not reach a view, which
   * reads them after the transaction has closed.
   */
  public CatalogProduct {
    requiresOneOf = Set.copyOf(requiresOneOf);
    options = List.copyOf(options);
  }

  /** A variant of the product, priced on top of it. */
  public record Option(
      long id,
      String code,
      LocalizedText name,
      Money monthlyPrice,
      Money oneTimePrice,
      @Nullable Integer speedMbps) {}

  static CatalogProduct of(Product product) {
    return new CatalogProduct(
        product.getId(),
        product.getCode(),
        product.getCategory(),
        product.name(),
        product.description(),
        product.monthlyPrice(),
        product.oneTimePrice(),
        product.getRequiredCategories(),
        product.getOptions().stream()
            .map(
                o ->
                    new Option(
                        o.getId(),
                        o.getCode(),
                        o.name(),
                        o.monthlyPrice(),
                        o.oneTimePrice(),
                        o.getSpeedMbps()))
            .toList());
  }
}
