package com.onewindow.shared.request;

import com.onewindow.shared.account.ContactRules;
import com.onewindow.shared.catalog.CatalogBundle;
import com.onewindow.shared.catalog.CatalogProduct;
import com.onewindow.shared.catalog.ProductCategory;
import com.onewindow.shared.company.Company;
import com.onewindow.shared.company.Inn;
import com.onewindow.shared.company.Kpp;
import com.onewindow.shared.coverage.AddressNormaliser;
import com.onewindow.shared.request.ConnectionOrder.CompanyPart;
import com.onewindow.shared.request.ConnectionOrder.ContactPart;
import com.onewindow.shared.request.ConnectionOrder.ServiceOrder;
import com.onewindow.shared.request.ConnectionOrder.SiteOrder;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The rules of an online order, step by step, as the wizard shows them next to the fields and as
 * the submission checks them again: INN and KPP, contact, addresses, what a site may order (a
 * bundle's minimum number of sites, the categories a product needs beside it), the date.
 */
public final class OrderRules {

  private final Map<Long, CatalogProduct> products;
  private final Map<Long, CatalogBundle> bundles;

  public OrderRules(List<CatalogProduct> products, List<CatalogBundle> bundles) {
    this.products =
        products.stream().collect(Collectors.toMap(CatalogProduct::id, Function.identity()));
    this.bundles =
        bundles.stream().collect(Collectors.toMap(CatalogBundle::id, Function.identity()));
  }

  /** Every problem of the whole order, in the order of the wizard's steps. */
  public List<OrderProblem> check(ConnectionOrder order, LocalDate today) {
    var problems = new ArrayList<OrderProblem>(company(order.company(), order.contact()));
    if (order.sites().isEmpty()) {
      problems.add(OrderProblem.of("sites", "order.error.sites.none"));
    }
    for (int i = 0; i < order.sites().size(); i++) {
      problems.addAll(siteAddress(i, order.sites().get(i)));
    }
    for (int i = 0; i < order.sites().size(); i++) {
      problems.addAll(siteServices(i, order.sites().get(i), order.sites().size()));
    }
    problems.addAll(schedule(order.desiredDate(), order.comment(), today));
    if (!order.consent()) {
      problems.add(OrderProblem.of("consent", "order.error.consent"));
    }
    return problems;
  }

  /** Step 1: the company and the contact person. */
  public static List<OrderProblem> company(CompanyPart company, ContactPart contact) {
    var problems = new ArrayList<OrderProblem>();
    if (company.legalName().isBlank()) {
      problems.add(OrderProblem.of("legalName", "order.error.legalName.missing"));
    } else if (company.legalName().strip().length() > Company.LEGAL_NAME_MAX) {
      problems.add(OrderProblem.of("legalName", "order.error.tooLong", Company.LEGAL_NAME_MAX));
    }
    String inn = company.inn().strip();
    String kpp = company.kpp() == null ? "" : company.kpp().strip().toUpperCase();
    if (inn.isEmpty()) {
      problems.add(OrderProblem.of("inn", "order.error.inn.missing"));
    } else if (!Inn.isValid(inn)) {
      problems.add(OrderProblem.of("inn", "inn.problem." + Inn.problemWith(inn)));
    } else if (inn.length() == 10 && kpp.isEmpty()) {
      problems.add(OrderProblem.of("kpp", "order.error.kpp.missing"));
    }
    if (!kpp.isEmpty() && !Kpp.isValid(kpp)) {
      problems.add(OrderProblem.of("kpp", "order.error.kpp.invalid"));
    }
    if (contact.name().isBlank()) {
      problems.add(OrderProblem.of("contactName", "contact.error.name"));
    }
    if (ContactRules.normalisedPhone(contact.phone()).isEmpty()) {
      problems.add(OrderProblem.of("contactPhone", "contact.error.phone"));
    }
    if (!ContactRules.isEmail(contact.email())) {
      problems.add(OrderProblem.of("contactEmail", "contact.error.email"));
    }
    return problems;
  }

  /** Step 2: a site's address can be read (whether it is covered is an answer, not an error). */
  public static List<OrderProblem> siteAddress(int index, SiteOrder site) {
    var problems = new ArrayList<OrderProblem>();
    Map.of("city", site.city(), "street", site.street(), "house", site.house())
        .forEach(
            (field, value) ->
                AddressNormaliser.problemWith(field, value)
                    .ifPresent(
                        key ->
                            problems.add(
                                OrderProblem.of(OrderProblem.siteField(index, field), key))));
    problems.sort(java.util.Comparator.comparing(OrderProblem::field));
    return problems;
  }

  /** Step 3: what one site orders, against the catalog's rules. */
  public List<OrderProblem> siteServices(int index, SiteOrder site, int siteCount) {
    var problems = new ArrayList<OrderProblem>();
    CatalogBundle bundle = site.bundleId() == null ? null : bundles.get(site.bundleId());
    if (site.bundleId() != null && bundle == null) {
      problems.add(
          OrderProblem.of(OrderProblem.siteField(index, "bundle"), "order.error.unknownItem"));
    }
    if (bundle != null && siteCount < bundle.minSites()) {
      problems.add(
          OrderProblem.of(
              OrderProblem.siteField(index, "bundle"),
              "order.error.bundle.minSites",
              bundle.name(),
              bundle.minSites()));
    }
    if (bundle == null && site.services().isEmpty()) {
      problems.add(
          OrderProblem.of(
              OrderProblem.siteField(index, "services"), "order.error.site.nothingOrdered"));
    }
    for (ServiceOrder service : site.services()) {
      CatalogProduct product = products.get(service.productId());
      String field = OrderProblem.siteField(index, "product[" + service.productId() + "]");
      if (product == null || !optionBelongs(product, service.optionId())) {
        problems.add(OrderProblem.of(field, "order.error.unknownItem"));
        continue;
      }
      Set<ProductCategory> needs = product.requiresOneOf();
      if (!needs.isEmpty()
          && needs.stream().noneMatch(c -> besides(site, product, bundle).contains(c))) {
        problems.add(
            OrderProblem.of(
                field, "order.error.product.requires", product.name(), EnumSet.copyOf(needs)));
      }
    }
    return problems;
  }

  /** Step 4: a desired date not in the past, a comment that fits. */
  public static List<OrderProblem> schedule(
      @Nullable LocalDate desiredDate, @Nullable String comment, LocalDate today) {
    var problems = new ArrayList<OrderProblem>();
    if (desiredDate != null && desiredDate.isBefore(today)) {
      problems.add(OrderProblem.of("desiredDate", "order.error.date.past"));
    }
    if (comment != null && comment.length() > ConnectionRequest.COMMENT_MAX) {
      problems.add(
          OrderProblem.of("comment", "order.error.tooLong", ConnectionRequest.COMMENT_MAX));
    }
    return problems;
  }

  /** The categories ordered at the site besides the given product. */
  private Set<ProductCategory> besides(
      SiteOrder site, CatalogProduct product, @Nullable CatalogBundle bundle) {
    Set<ProductCategory> categories = EnumSet.noneOf(ProductCategory.class);
    if (bundle != null) {
      categories.addAll(bundle.categories());
    }
    site.services().stream()
        .filter(s -> s.productId() != product.id())
        .map(s -> products.get(s.productId()))
        .filter(Objects::nonNull)
        .forEach(p -> categories.add(p.category()));
    return categories;
  }

  private static boolean optionBelongs(CatalogProduct product, @Nullable Long optionId) {
    return optionId == null || product.options().stream().anyMatch(o -> o.id() == optionId);
  }

  public @Nullable CatalogProduct product(long id) {
    return products.get(id);
  }

  public @Nullable CatalogBundle bundle(long id) {
    return bundles.get(id);
  }
}
