package com.onewindow.shared.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.onewindow.shared.common.LocalizedText;
import com.onewindow.shared.common.Money;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A bundle's price is its parts' price less the discount; some bundles need several sites. */
class BundleTest {

  private static final LocalizedText TEXT = new LocalizedText("текст", "text");

  /** Internet 1500.00 + its 100 Mbps option 500.30, and telephony 800.00: 2800.30 a month. */
  private static Bundle officeBundle(String discountPercent, int minSites) {
    var internet =
        new Product(
            "INET",
            ProductCategory.INTERNET,
            TEXT,
            TEXT,
            Money.of("1500.00"),
            Money.of("3000.00"),
            1);
    var fast = internet.addOption("INET-100", TEXT, Money.of("500.30"), Money.of("0"), 100);
    var telephony =
        new Product(
            "PHONE",
            ProductCategory.TELEPHONY,
            TEXT,
            TEXT,
            Money.of("800.00"),
            Money.of("500.00"),
            2);
    return new Bundle(
            "OFFICE", Industry.OFFICES, TEXT, TEXT, new BigDecimal(discountPercent), minSites)
        .include(internet, fast)
        .include(telephony, null);
  }

  @Test
  void monthly_price_of_parts_adds_each_product_and_its_option() {
    assertThat(officeBundle("15", 1).monthlyPriceOfParts()).isEqualTo(Money.of("2800.30"));
  }

  @Test
  void one_time_price_of_parts_adds_each_product_and_its_option() {
    assertThat(officeBundle("15", 1).oneTimePriceOfParts()).isEqualTo(Money.of("3500.00"));
  }

  @Test
  void saving_is_the_discount_share_of_the_parts_rounded_half_up_to_kopecks() {
    // 15 % of 2800.30 is 420.045.
    assertThat(officeBundle("15", 1).monthlySaving()).isEqualTo(Money.of("420.05"));
  }

  @Test
  void monthly_price_is_the_parts_less_the_saving() {
    assertThat(officeBundle("15", 1).monthlyPrice()).isEqualTo(Money.of("2380.25"));
  }

  @Test
  void bundle_without_discount_costs_what_its_parts_cost() {
    assertThat(officeBundle("0", 1).monthlyPrice()).isEqualTo(Money.of("2800.30"));
  }

  @Test
  void empty_bundle_costs_nothing() {
    var empty = new Bundle("EMPTY", Industry.OTHER, TEXT, TEXT, BigDecimal.TEN, 1);

    assertThat(empty.monthlyPrice()).isEqualTo(Money.ZERO);
  }

  @Test
  void bundle_needing_two_sites_refuses_one() {
    assertThat(officeBundle("15", 2).allowsSiteCount(1)).isFalse();
  }

  @ParameterizedTest(name = "{0} sites")
  @ValueSource(ints = {2, 3, 50})
  void bundle_needing_two_sites_allows_two_or_more(int sites) {
    assertThat(officeBundle("15", 2).allowsSiteCount(sites)).isTrue();
  }

  @Test
  void bundle_needs_at_least_one_site_whatever_its_minimum_says() {
    var bundle = officeBundle("15", 0);

    assertThat(bundle.getMinSites()).isEqualTo(1);
    assertThat(bundle.allowsSiteCount(0)).isFalse();
  }

  @ParameterizedTest(name = "{0} %")
  @ValueSource(strings = {"-0.01", "-5", "100", "100.00", "150"})
  void discount_outside_zero_to_below_a_hundred_is_refused(String percent) {
    assertThatIllegalArgumentException().isThrownBy(() -> officeBundle(percent, 1));
  }

  @ParameterizedTest(name = "{0} %")
  @ValueSource(strings = {"0", "0.01", "99.99"})
  void discount_from_zero_to_below_a_hundred_is_accepted(String percent) {
    assertThat(officeBundle(percent, 1).getDiscountPercent()).isEqualByComparingTo(percent);
  }
}
