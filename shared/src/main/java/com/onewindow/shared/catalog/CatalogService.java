package com.onewindow.shared.catalog;

import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The public catalog: what anybody, signed in or not, may browse (P1). */
@Service
@Transactional(readOnly = true)
public class CatalogService {

  private final Products products;
  private final Bundles bundles;

  CatalogService(Products products, Bundles bundles) {
    this.products = products;
    this.bundles = bundles;
  }

  /** The active products in catalog order, with their options. */
  @PreAuthorize("permitAll()")
  public List<CatalogProduct> products() {
    return products.findByActiveTrueOrderBySortOrder().stream().map(CatalogProduct::of).toList();
  }

  /** The active industry bundles with their parts and savings. */
  @PreAuthorize("permitAll()")
  public List<CatalogBundle> bundles() {
    return bundles.findByActiveTrueOrderByIndustry().stream().map(CatalogBundle::of).toList();
  }
}
