package com.onewindow.shared.catalog;

import com.onewindow.shared.common.LocalizedText;
import com.onewindow.shared.common.Money;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** A variant of a product, such as an internet speed, priced on top of the product. */
@Entity
public class ProductOption {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "product_id")
  private Product product;

  private String code;
  private String nameRu;
  private String nameEn;
  private BigDecimal monthlyPrice;
  private BigDecimal oneTimePrice;
  private @Nullable Integer speedMbps;
  private int sortOrder;

  protected ProductOption() {}

  ProductOption(
      Product product,
      String code,
      LocalizedText name,
      Money monthly,
      Money oneTime,
      @Nullable Integer speedMbps,
      int sortOrder) {
    this.product = product;
    this.code = code;
    this.nameRu = name.ru();
    this.nameEn = name.en();
    this.monthlyPrice = monthly.amount();
    this.oneTimePrice = oneTime.amount();
    this.speedMbps = speedMbps;
    this.sortOrder = sortOrder;
  }

  public Long getId() {
    return id;
  }

  public Product getProduct() {
    return product;
  }

  public String getCode() {
    return code;
  }

  public LocalizedText name() {
    return new LocalizedText(nameRu, nameEn);
  }

  public Money monthlyPrice() {
    return new Money(monthlyPrice);
  }

  public Money oneTimePrice() {
    return new Money(oneTimePrice);
  }

  public @Nullable Integer getSpeedMbps() {
    return speedMbps;
  }
}
