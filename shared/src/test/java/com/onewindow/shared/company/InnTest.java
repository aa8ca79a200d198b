package com.onewindow.shared.company;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.junit.jupiter.api.Named.named;

import com.onewindow.shared.company.Inn.Problem;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** INNs of real companies and their near misses: typos, swaps, wrong length, stray characters. */
class InnTest {

  /**
   * Published INNs of well-known companies, checked by hand against the Federal Tax Service rule.
   */
  static Stream<Named<String>> publishedCompanyInns() {
    return Stream.of(
        named("Sberbank", "7707083893"),
        named("Gazprom", "7736050003"),
        named("Yandex LLC", "7736207543"),
        named("MTS", "7740000076"),
        named("Rostelecom", "7707049388"),
        named("Aeroflot", "7712040126"));
  }

  /** The same INNs with the check digit mistyped (one up). */
  static Stream<Named<String>> lastDigitMistyped() {
    return Stream.of(
        named("Sberbank", "7707083894"),
        named("Gazprom", "7736050004"),
        named("Yandex LLC", "7736207544"),
        named("MTS", "7740000077"),
        named("Rostelecom", "7707049389"),
        named("Aeroflot", "7712040127"),
        named("a sole trader", "500100732250"));
  }

  /** The same INNs with two neighbouring digits swapped. */
  static Stream<Named<String>> twoDigitsSwapped() {
    return Stream.of(
        named("Sberbank, 5th and 6th", "7707803893"),
        named("Gazprom, 5th and 6th", "7736500003"),
        named("Yandex LLC, 5th and 6th", "7736027543"),
        named("MTS, 3rd and 4th", "7704000076"),
        named("Rostelecom, 5th and 6th", "7707409388"),
        named("Aeroflot, 5th and 6th", "7712400126"),
        named("a sole trader, both check digits", "500100732295"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("publishedCompanyInns")
  void published_inn_of_a_company_is_valid(String inn) {
    assertThat(Inn.problemWith(inn)).isNull();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("publishedCompanyInns")
  void ten_digit_inn_belongs_to_a_company_not_a_sole_trader(String inn) {
    assertThat(new Inn(inn).isSoleTrader()).isFalse();
  }

  @Test
  void known_inn_of_a_sole_trader_is_valid() {
    assertThat(Inn.problemWith("500100732259")).isNull();
  }

  @Test
  void twelve_digit_inn_belongs_to_a_sole_trader() {
    assertThat(new Inn("500100732259").isSoleTrader()).isTrue();
  }

  @Test
  void check_digits_complete_ten_leading_digits_to_the_known_sole_traders_inn() {
    assertThat(Inn.withCheckDigits("5001007322").value()).isEqualTo("500100732259");
  }

  @Test
  void check_digits_complete_ten_other_leading_digits_to_a_valid_sole_traders_inn() {
    var inn = Inn.withCheckDigits("7712345678");

    assertThat(inn.value()).isEqualTo("771234567859");
    assertThat(Inn.problemWith(inn.value())).isNull();
  }

  @Test
  void check_digit_completes_nine_leading_digits_to_sberbanks_inn() {
    assertThat(Inn.withCheckDigits("770708389").value()).isEqualTo("7707083893");
  }

  @ParameterizedTest(name = "{0} leading digits")
  @ValueSource(strings = {"77070838", "77070838931", "", "77070838A"})
  void check_digits_need_nine_or_ten_leading_digits(String leading) {
    assertThatIllegalArgumentException().isThrownBy(() -> Inn.withCheckDigits(leading));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("lastDigitMistyped")
  void mistyped_check_digit_is_a_check_digit_problem(String inn) {
    assertThat(Inn.problemWith(inn)).isEqualTo(Problem.CHECK_DIGIT);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("twoDigitsSwapped")
  void swapped_digits_are_a_check_digit_problem(String inn) {
    assertThat(Inn.problemWith(inn)).isEqualTo(Problem.CHECK_DIGIT);
  }

  @Test
  void mistyped_first_check_digit_of_a_sole_trader_is_a_check_digit_problem() {
    assertThat(Inn.problemWith("500100732269")).isEqualTo(Problem.CHECK_DIGIT);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"770708389", "77070838931", "7707083893000", "7", "5001007322590"})
  void digits_neither_ten_nor_twelve_long_are_a_length_problem(String inn) {
    assertThat(Inn.problemWith(inn)).isEqualTo(Problem.LENGTH);
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(
      strings = {
        "77070838AB", // Latin letters
        "770708389З", // Cyrillic Ze typed for a 3
        "77O7083893", // Latin O for a zero
        "7707-083893",
        "INN7707083893"
      })
  void letters_or_signs_are_a_not_digits_problem(String inn) {
    assertThat(Inn.problemWith(inn)).isEqualTo(Problem.NOT_DIGITS);
  }

  @Test
  void empty_inn_is_a_not_digits_problem() {
    assertThat(Inn.problemWith("")).isEqualTo(Problem.NOT_DIGITS);
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(strings = {" 7707083893", "7707083893 ", "7707 083893", "7707\u00a0083893", " "})
  void spaces_are_a_not_digits_problem(String inn) {
    assertThat(Inn.problemWith(inn)).isEqualTo(Problem.NOT_DIGITS);
  }

  /**
   * Digits of other scripts are digits to {@link Character#isDigit} but not in an INN. Sberbank's
   * INN with its first 7 written as an Arabic-Indic seven even happens to pass the checksum, since
   * that character's code minus '0' is 7 modulo 11.
   */
  static Stream<Named<String>> digitsOfOtherScripts() {
    return Stream.of(
        named("Sberbank with an Arabic-Indic 7 first", "\u0667707083893"),
        named(
            "Sberbank in full-width digits",
            "\uff17\uff17\uff10\uff17\uff10\uff18\uff13\uff18\uff19\uff13"),
        named("Sberbank with a Devanagari 3 last", "770708389\u0969"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("digitsOfOtherScripts")
  void digits_of_other_scripts_are_a_not_digits_problem(String inn) {
    assertThat(Inn.problemWith(inn)).isEqualTo(Problem.NOT_DIGITS);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"7707083894", "770708389", "77070838AB", ""})
  void invalid_inn_cannot_be_made(String inn) {
    assertThatIllegalArgumentException().isThrownBy(() -> new Inn(inn));
  }
}
