package com.onewindow.shared.catalog;

import com.onewindow.shared.common.LocalizedText;
import com.onewindow.shared.common.Money;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** A service of the catalog with its monthly and one-time price (VAT included) and options. */
@Entity
public class Product {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String code;

  @Enumerated(EnumType.STRING)
  private ProductCategory category;

  private String nameRu;
  private String nameEn;
  private String descriptionRu;
  private String descriptionEn;
  private BigDecimal monthlyPrice;
  private BigDecimal oneTimePrice;
  private int sortOrder;
  private boolean active = true;

  /** Any one of these categories must be ordered for the same site as well. */
  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "product_requirement", joinColumns = @JoinColumn(name = "product_id"))
  @Column(name = "required_category")
  @Enumerated(EnumType.STRING)
  private Set<ProductCategory> requiredCategories = EnumSet.noneOf(ProductCategory.class);

  @OneToMany(mappedBy = "product", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("sortOrder")
  private List<ProductOption> options = new ArrayList<>();

  protected Product() {}

  public Product(
      String code,
      ProductCategory category,
      LocalizedText name,
      LocalizedText description,
      Money monthlyPrice,
      Money oneTimePrice,
      int sortOrder) {
    this.code = code;
    this.category = category;
    this.nameRu = name.ru();
    this.nameEn = name.en();
    this.descriptionRu = description.ru();
    this.descriptionEn = description.en();
    this.monthlyPrice = monthlyPrice.amount();
    this.oneTimePrice = oneTimePrice.amount();
    this.sortOrder = sortOrder;
  }

  public Product requiresOneOf(ProductCategory... categories) {
    Collections.addAll(requiredCategories, categories);
    return this;
  }

  public ProductOption addOption(
      String code, LocalizedText name, Money monthly, Money oneTime, Integer speedMbps) {
    var option = new ProductOption(this, code, name, monthly, oneTime, speedMbps, options.size());
    options.add(option);
    return option;
  }

  public Long getId() {
    return id;
  }

  public String getCode() {
    return code;
  }

  public ProductCategory getCategory() {
    return category;
  }

  public LocalizedText name() {
    return new LocalizedText(nameRu, nameEn);
  }

  public LocalizedText description() {
    return new LocalizedText(descriptionRu, descriptionEn);
  }

  public Money monthlyPrice() {
    return new Money(monthlyPrice);
  }

  public Money oneTimePrice() {
    return new Money(oneTimePrice);
  }

  public boolean isActive() {
    return active;
  }

  public Set<ProductCategory> getRequiredCategories() {
    return Collections.unmodifiableSet(requiredCategories);
  }

  public List<ProductOption> getOptions() {
    return Collections.unmodifiableList(options);
  }
}
