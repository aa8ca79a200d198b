package com.onewindow.shared.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Roubles with kopecks: two decimals, rounded half up, as a price list and a bill show them. */
class MoneyTest {

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
    "10.004, 10.00",
    "10.005, 10.01",
    "0.125, 0.13", // half even would give 0.12
    "-0.125, -0.13",
    "7, 7.00"
  })
  void amount_is_rounded_half_up_to_kopecks(String amount, String kopecks) {
    assertThat(Money.of(amount).amount()).isEqualByComparingTo(kopecks).hasScaleOf(2);
  }

  @Test
  void amounts_written_with_different_scales_are_equal() {
    assertThat(Money.of("10")).isEqualTo(Money.of("10.00")).hasSameHashCodeAs(Money.of("10.000"));
  }

  @Test
  void sum_adds_the_amounts() {
    assertThat(Money.of("1999.99").plus(Money.of("0.01"))).isEqualTo(Money.of("2000.00"));
  }

  @Test
  void difference_subtracts_the_amounts() {
    assertThat(Money.of("2000.00").minus(Money.of("0.01"))).isEqualTo(Money.of("1999.99"));
  }

  @Test
  void times_multiplies_the_amount() {
    assertThat(Money.of("333.33").times(3)).isEqualTo(Money.of("999.99"));
  }

  @Test
  void percent_is_the_share_rounded_half_up_to_kopecks() {
    // 15 % of 2800.30 is 420.045: half up gives 420.05 where half even would give 420.04.
    assertThat(Money.of("2800.30").percent(new BigDecimal("15"))).isEqualTo(Money.of("420.05"));
  }

  @Test
  void percent_may_have_a_fraction() {
    assertThat(Money.of("1000.00").percent(new BigDecimal("12.5"))).isEqualTo(Money.of("125.00"));
  }

  @Test
  void zero_is_zero_roubles_and_zero_kopecks() {
    assertThat(Money.ZERO).isEqualTo(Money.of("0.00"));
  }

  @Test
  void larger_amount_compares_greater() {
    assertThat(Money.of("100.01")).isGreaterThan(Money.of("100.00"));
  }

  // U+00A0, the no-break space, groups the thousands in Russian and keeps the sign by its amount.
  @ParameterizedTest(name = "{0} in Russian reads {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "5526.40    | 5\u00A0526,40\u00A0₽",
        "1234567.05 | 1\u00A0234\u00A0567,05\u00A0₽",
        "990        | 990,00\u00A0₽",
        "0          | 0,00\u00A0₽",
        "-420.05    | -420,05\u00A0₽"
      })
  void russian_prices_group_thousands_with_spaces_and_end_with_the_rouble_sign(
      String amount, String written) {
    assertThat(Money.of(amount).format(Locale.forLanguageTag("ru"))).isEqualTo(written);
  }

  @ParameterizedTest(name = "{0} in English reads {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "5526.40    | 5,526.40\u00A0₽",
        "1234567.05 | 1,234,567.05\u00A0₽",
        "990        | 990.00\u00A0₽",
        "-420.05    | -420.05\u00A0₽"
      })
  void english_prices_group_thousands_with_commas_and_end_with_the_rouble_sign(
      String amount, String written) {
    assertThat(Money.of(amount).format(Locale.ENGLISH)).isEqualTo(written);
  }

  @Test
  void a_price_for_an_american_reader_shows_the_rouble_sign_not_the_currency_code() {
    assertThat(Money.of("5526.40").format(Locale.US)).isEqualTo("5,526.40\u00A0₽");
  }
}
