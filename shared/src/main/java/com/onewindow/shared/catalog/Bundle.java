package com.onewindow.shared.catalog;

import com.onewindow.shared.common.LocalizedText;
import com.onewindow.shared.common.Money;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An industry bundle: several products sold together at a discount, with the rules that decide
 * where it may be ordered (for example a network between sites needs two or more sites).
 */
@Entity
public class Bundle {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String code;

  @Enumerated(EnumType.STRING)
  private Industry industry;

  private String nameRu;
  private String nameEn;
  private String descriptionRu;
  private String descriptionEn;
  private BigDecimal discountPercent;
  private int minSites;
  private boolean active = true;

  @OneToMany(mappedBy = "bundle", cascade = CascadeType.ALL, orphanRemoval = true)
  private List<BundleItem> items = new ArrayList<>();

  protected Bundle() {}

  public Bundle(
      String code,
      Industry industry,
      LocalizedText name,
      LocalizedText description,
      BigDecimal discountPercent,
      int minSites) {
    if (discountPercent.signum() < 0 || discountPercent.compareTo(BigDecimal.valueOf(100)) >= 0) {
      throw new IllegalArgumentException("discount must be in [0, 100)");
    }
    this.code = code;
    this.industry = industry;
    this.nameRu = name.ru();
    this.nameEn = name.en();
    this.descriptionRu = description.ru();
    this.descriptionEn = description.en();
    this.discountPercent = discountPercent;
    this.minSites = Math.max(1, minSites);
  }

  public Bundle include(Product product, @Nullable ProductOption option) {
    items.add(new BundleItem(this, product, option));
    return this;
  }

  /** What the parts cost one by one, per month, before the discount. */
  public Money monthlyPriceOfParts() {
    return items.stream().map(BundleItem::monthlyPrice).reduce(Money.ZERO, Money::plus);
  }

  public Money oneTimePriceOfParts() {
    return items.stream().map(BundleItem::oneTimePrice).reduce(Money.ZERO, Money::plus);
  }

  public Money monthlySaving() {
    return monthlyPriceOfParts().percent(discountPercent);
  }

  public Money monthlyPrice() {
    return monthlyPriceOfParts().minus(monthlySaving());
  }

  /** Whether the bundle may be ordered for a request with this many sites. */
  public boolean allowsSiteCount(int sites) {
    return sites >= minSites;
  }

  public Long getId() {
    return id;
  }

  public String getCode() {
    return code;
  }

  public Industry getIndustry() {
    return industry;
  }

  public LocalizedText name() {
    return new LocalizedText(nameRu, nameEn);
  }

  public LocalizedText description() {
    return new LocalizedText(descriptionRu, descriptionEn);
  }

  public BigDecimal getDiscountPercent() {
    return discountPercent;
  }

  public int getMinSites() {
    return minSites;
  }

  public boolean isActive() {
    return active;
  }

  public List<BundleItem> getItems() {
    return Collections.unmodifiableList(items);
  }
}
