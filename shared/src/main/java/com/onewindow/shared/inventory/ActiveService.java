package com.onewindow.shared.inventory;

import com.onewindow.shared.catalog.Bundle;
import com.onewindow.shared.catalog.Product;
import com.onewindow.shared.catalog.ProductOption;
import com.onewindow.shared.common.Money;
import com.onewindow.shared.company.Company;
import com.onewindow.shared.company.Site;
import com.onewindow.shared.request.RequestLine;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A service running at a client's site since a request activated it, at the price then agreed. */
@Entity
class ActiveService {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "company_id")
  private Company company;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "site_id")
  private Site site;

  private long requestId;

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
  private Instant activeSince;

  protected ActiveService() {}

  ActiveService(Company company, long requestId, RequestLine line, Instant since) {
    this.company = company;
    this.site = line.getSite();
    this.requestId = requestId;
    this.product = line.getProduct();
    this.option = line.getOption();
    this.bundle = line.getBundle();
    this.monthlyPrice = line.monthlyPrice().amount();
    this.activeSince = since;
  }

  ActiveServiceView toView() {
    var name = product != null ? product.name() : java.util.Objects.requireNonNull(bundle).name();
    return new ActiveServiceView(
        id,
        site.getId(),
        site.getAddress().oneLine(),
        site.getLabel(),
        name,
        option == null ? null : option.name(),
        new Money(monthlyPrice),
        activeSince,
        requestId);
  }
}
