package com.onewindow.shared.request;

import static org.assertj.core.api.Assertions.assertThat;

import com.onewindow.shared.catalog.CatalogBundle;
import com.onewindow.shared.catalog.CatalogProduct;
import com.onewindow.shared.catalog.Industry;
import com.onewindow.shared.catalog.ProductCategory;
import com.onewindow.shared.common.LocalizedText;
import com.onewindow.shared.common.Money;
import com.onewindow.shared.company.Inn;
import com.onewindow.shared.request.ConnectionOrder.CompanyPart;
import com.onewindow.shared.request.ConnectionOrder.ContactPart;
import com.onewindow.shared.request.ConnectionOrder.ServiceOrder;
import com.onewindow.shared.request.ConnectionOrder.SiteOrder;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OrderRulesTest {

  static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
  static final String VALID_INN = Inn.withCheckDigits("645000001").value();
  static final ContactPart CONTACT = new ContactPart("Ольга", "+7 912 345-67-89", "olga@firm.ru");

  static final CatalogProduct INTERNET = product(1, ProductCategory.INTERNET, Set.of());
  static final CatalogProduct SIP = product(2, ProductCategory.TELEPHONY, Set.of());
  static final CatalogProduct VANITY =
      product(
          3,
          ProductCategory.VANITY_NUMBER,
          Set.of(ProductCategory.TELEPHONY, ProductCategory.CLOUD_PBX));
  static final CatalogBundle CHAIN =
      bundle(10, 2, Set.of(ProductCategory.INTERNET, ProductCategory.SITE_NETWORK));
  static final CatalogBundle OFFICE =
      bundle(11, 1, Set.of(ProductCategory.INTERNET, ProductCategory.CLOUD_PBX));

  OrderRules rules = new OrderRules(List.of(INTERNET, SIP, VANITY), List.of(CHAIN, OFFICE));

  @Test
  void a_ten_digit_inn_with_a_wrong_check_digit_is_refused_at_the_inn_field() {
    String wrong = VALID_INN.substring(0, 9) + ((VALID_INN.charAt(9) - '0' + 1) % 10);
    assertThat(OrderRules.company(new CompanyPart("ООО Ромашка", wrong, "645001001"), CONTACT))
        .extracting(OrderProblem::field, OrderProblem::messageKey)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("inn", "inn.problem.CHECK_DIGIT"));
  }

  @Test
  void a_company_with_a_ten_digit_inn_needs_a_kpp() {
    assertThat(OrderRules.company(new CompanyPart("ООО Ромашка", VALID_INN, ""), CONTACT))
        .extracting(OrderProblem::field)
        .containsExactly("kpp");
    assertThat(OrderRules.company(new CompanyPart("ООО Ромашка", VALID_INN, "645001001"), CONTACT))
        .isEmpty();
  }

  @Test
  void phone_and_email_are_checked() {
    var problems =
        OrderRules.company(
            new CompanyPart("ООО Ромашка", VALID_INN, "645001001"),
            new ContactPart("Ольга", "12345", "olga@"));
    assertThat(problems)
        .extracting(OrderProblem::field)
        .containsExactly("contactPhone", "contactEmail");
  }

  @Test
  void a_site_without_a_house_number_is_told_at_the_house_field() {
    assertThat(OrderRules.siteAddress(1, site(null, List.of()).withHouse("")))
        .extracting(OrderProblem::field, OrderProblem::messageKey)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("sites[1].house", "address.error.house.missing"));
  }

  @Test
  void a_bundle_for_two_sites_is_refused_for_one_site_and_accepted_for_two() {
    var chain = site(CHAIN.id(), List.of());
    assertThat(rules.siteServices(0, chain, 1))
        .extracting(OrderProblem::field, OrderProblem::messageKey)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("sites[0].bundle", "order.error.bundle.minSites"));
    assertThat(rules.siteServices(0, chain, 2)).isEmpty();
  }

  @Test
  void a_vanity_number_needs_telephony_or_a_cloud_pbx_at_the_same_site() {
    var alone =
        site(
            null,
            List.of(new ServiceOrder(INTERNET.id(), null), new ServiceOrder(VANITY.id(), null)));
    assertThat(rules.siteServices(0, alone, 1))
        .extracting(OrderProblem::field)
        .containsExactly("sites[0].product[3]");
    var withSip =
        site(null, List.of(new ServiceOrder(SIP.id(), null), new ServiceOrder(VANITY.id(), null)));
    assertThat(rules.siteServices(0, withSip, 1)).isEmpty();
    var withPbxBundle = site(OFFICE.id(), List.of(new ServiceOrder(VANITY.id(), null)));
    assertThat(rules.siteServices(0, withPbxBundle, 1)).isEmpty();
  }

  @Test
  void a_site_must_order_something() {
    assertThat(rules.siteServices(0, site(null, List.of()), 1))
        .extracting(OrderProblem::messageKey)
        .containsExactly("order.error.site.nothingOrdered");
  }

  @Test
  void the_desired_date_may_be_today_but_not_in_the_past() {
    assertThat(OrderRules.schedule(TODAY, null, TODAY)).isEmpty();
    assertThat(OrderRules.schedule(TODAY.minusDays(1), null, TODAY))
        .extracting(OrderProblem::field)
        .containsExactly("desiredDate");
  }

  @Test
  void an_order_without_consent_is_not_complete() {
    var order =
        new ConnectionOrder(
            "key",
            new CompanyPart("ООО Ромашка", VALID_INN, "645001001"),
            CONTACT,
            List.of(site(OFFICE.id(), List.of())),
            TODAY,
            null,
            false);
    assertThat(rules.check(order, TODAY))
        .extracting(OrderProblem::field)
        .containsExactly("consent");
  }

  @Test
  void the_price_summary_counts_bundles_at_their_discount_and_their_saving() {
    var order =
        new ConnectionOrder(
            "key",
            new CompanyPart("ООО Ромашка", VALID_INN, "645001001"),
            CONTACT,
            List.of(
                site(CHAIN.id(), List.of()),
                site(CHAIN.id(), List.of(new ServiceOrder(SIP.id(), null)))),
            TODAY,
            null,
            true);
    var summary = PriceSummary.of(order, rules);
    assertThat(summary.monthly()).isEqualTo(Money.of("1700"));
    assertThat(summary.oneTime()).isEqualTo(Money.of("1100"));
    assertThat(summary.bundleSaving()).isEqualTo(Money.of("400"));
  }

  private static SiteOrder site(Long bundleId, List<ServiceOrder> services) {
    return new SiteOrder("Саратов", "ул. Московская", "12", null, bundleId, services);
  }

  private static CatalogProduct product(
      long id, ProductCategory category, Set<ProductCategory> needs) {
    var name = new LocalizedText("P" + id, "P" + id);
    return new CatalogProduct(
        id, "P" + id, category, name, name, Money.of("100"), Money.of("100"), needs, List.of());
  }

  private static CatalogBundle bundle(long id, int minSites, Set<ProductCategory> categories) {
    var name = new LocalizedText("B" + id, "B" + id);
    return new CatalogBundle(
        id,
        "B" + id,
        Industry.RETAIL,
        name,
        name,
        BigDecimal.valueOf(20),
        minSites,
        List.of(),
        Money.of("1000"),
        Money.of("800"),
        Money.of("200"),
        Money.of("500"),
        categories);
  }
}
