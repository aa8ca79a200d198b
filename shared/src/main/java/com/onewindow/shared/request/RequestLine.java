package com.onewindow.shared.request;

import com.onewindow.shared.catalog.Bundle;
import com.onewindow.shared.catalog.Product;
import com.onewindow.shared.catalog.ProductOption;
import com.onewindow.shared.common.Money;
import com.onewindow.shared.company.Site;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * One site and what is ordered for it: a product (with an option) or a bundle, at the price quoted
 * when the line was added.
 */
@Entity
public class RequestLine {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "request_id")
  private ConnectionRequest request;

  private int lineNo;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "site_id")
  private Site site;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "product_id")
  private @Nullable Product product;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "option_id")
  private @Nullable ProductOption option;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "bundle_id")
  private @Nullable Bundle bundle;

  private BigDecimal monthlyPrice;
  private BigDecimal oneTimePrice;

  protected RequestLine() {}

  RequestLine(ConnectionRequest request, int lineNo, Site site, Ordered ordered) {
    this.request = request;
    this.lineNo = lineNo;
    this.site = site;
    this.product = ordered.product();
    this.option = ordered.option();
    this.bundle = ordered.bundle();
    this.monthlyPrice = ordered.monthly().amount();
    this.oneTimePrice = ordered.oneTime().amount();
  }

  public Long getId() {
    return id;
  }

  public int getLineNo() {
    return lineNo;
  }

  public Site getSite() {
    return site;
  }

  public @Nullable Product getProduct() {
    return product;
  }

  public @Nullable ProductOption getOption() {
    return option;
  }

  public @Nullable Bundle getBundle() {
    return bundle;
  }

  public Money monthlyPrice() {
    return new Money(monthlyPrice);
  }

  public Money oneTimePrice() {
    return new Money(oneTimePrice);
  }

  /** What a line orders, priced: either a product with its option, or a bundle. */
  public record Ordered(
      @Nullable Product product,
      @Nullable ProductOption option,
      @Nullable Bundle bundle,
      Money monthly,
      Money oneTime) {

    public Ordered {
      if ((product == null) == (bundle == null)) {
        throw new IllegalArgumentException("a line orders either a product or a bundle");
      }
    }

    public static Ordered product(Product product, @Nullable ProductOption option) {
      Money monthly = product.monthlyPrice();
      Money oneTime = product.oneTimePrice();
      if (option != null) {
        monthly = monthly.plus(option.monthlyPrice());
        oneTime = oneTime.plus(option.oneTimePrice());
      }
      return new Ordered(product, option, null, monthly, oneTime);
    }

    public static Ordered bundle(Bundle bundle) {
      return new Ordered(null, null, bundle, bundle.monthlyPrice(), bundle.oneTimePriceOfParts());
    }
  }
}
