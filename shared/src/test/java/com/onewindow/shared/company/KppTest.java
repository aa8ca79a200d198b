package com.onewindow.shared.company;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** KPP has no check digit: four digits, two digits or capital Latin letters, three digits. */
class KppTest {

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"770701001", "773601001", "7707AB001", "7707A1001"})
  void kpp_of_the_right_shape_is_valid(String kpp) {
    assertThat(Kpp.isValid(kpp)).isTrue();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"77070100", "7707010011", ""})
  void kpp_not_nine_characters_long_is_invalid(String kpp) {
    assertThat(Kpp.isValid(kpp)).isFalse();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"7707ab001", "7707Ab001", "7707aB001"})
  void lowercase_letters_in_the_reason_are_invalid(String kpp) {
    assertThat(Kpp.isValid(kpp)).isFalse();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {"7707АВ001", "7707ЖЯ001"}) // Cyrillic letters, two of them Latin look-alikes
  void cyrillic_letters_in_the_reason_are_invalid(String kpp) {
    assertThat(Kpp.isValid(kpp)).isFalse();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"AB0701001", "77A701001", "770B01001"})
  void letters_in_the_tax_office_code_are_invalid(String kpp) {
    assertThat(Kpp.isValid(kpp)).isFalse();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"7707010A1", "77070100B"})
  void letters_in_the_serial_number_are_invalid(String kpp) {
    assertThat(Kpp.isValid(kpp)).isFalse();
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(strings = {" 770701001", "770701001 ", "7707 01001"})
  void spaces_make_a_kpp_invalid(String kpp) {
    assertThat(Kpp.isValid(kpp)).isFalse();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"77070100", "7707ab001", "AB0701001"})
  void invalid_kpp_cannot_be_made(String kpp) {
    assertThatIllegalArgumentException().isThrownBy(() -> new Kpp(kpp));
  }
}
