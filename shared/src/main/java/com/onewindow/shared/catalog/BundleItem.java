package com.onewindow.shared.catalog;

import com.onewindow.shared.common.Money;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import org.jspecify.annotations.Nullable;

/** One product (and its option, if any) inside a bundle. */
@Entity
public class BundleItem {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "bundle_id")
  private Bundle bundle;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "product_id")
  private Product product;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "option_id")
  private @Nullable ProductOption option;

  protected BundleItem() {}

  BundleItem(Bundle bundle, Product product, @Nullable ProductOption option) {
    this.bundle = bundle;
    this.product = product;
    this.option = option;
  }

  public Product getProduct() {
    return product;
  }

  public @Nullable ProductOption getOption() {
    return option;
  }

  Money monthlyPrice() {
    var price = product.monthlyPrice();
    return option == null ? price : price.plus(option.monthlyPrice());
  }

  Money oneTimePrice() {
    var price = product.oneTimePrice();
    return option == null ? price : price.plus(option.oneTimePrice());
  }
}
