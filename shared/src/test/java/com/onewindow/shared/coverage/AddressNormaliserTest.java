package com.onewindow.shared.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AddressNormaliserTest {

  @ParameterizedTest
  @CsvSource({
    "'ул. Московская', московская",
    "'улица Московская', московская",
    "'  МОСКОВСКАЯ  ', московская",
    "'Московская ул.', московская",
    "'ул Московская', московская",
    "'проспект Кирова', проспект кирова",
    "'ул. Чернышёвского', чернышевского"
  })
  void a_street_is_compared_without_its_street_word_case_or_spaces(String typed, String key) {
    assertThat(AddressNormaliser.street(typed)).isEqualTo(key);
  }

  @ParameterizedTest
  @CsvSource({"'г. Саратов', саратов", "' пермь ', пермь", "'город Пермь', пермь"})
  void a_city_is_compared_without_the_city_word(String typed, String key) {
    assertThat(AddressNormaliser.city(typed)).isEqualTo(key);
  }

  @ParameterizedTest
  @CsvSource({
    "12, 12",
    "12к1, 12",
    "12 к1, 12",
    "12/3, 12",
    "12А, 12",
    "12-б, 12",
    "'12 корп. 2', 12",
    "'д. 12', 12",
    "'дом 7', 7"
  })
  void a_house_is_read_by_its_number(String typed, int number) {
    assertThat(AddressNormaliser.houseNumber(typed)).hasValue(number);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "abc", "к1", "12//3", "0", "дом"})
  void a_house_without_a_readable_number_is_refused(String typed) {
    assertThat(AddressNormaliser.houseNumber(typed)).isEmpty();
  }

  @Test
  void a_missing_or_malformed_field_is_named_with_its_message() {
    assertThat(AddressNormaliser.problemWith("house", "")).hasValue("address.error.house.missing");
    assertThat(AddressNormaliser.problemWith("house", "abc"))
        .hasValue("address.error.house.malformed");
    assertThat(AddressNormaliser.problemWith("street", " "))
        .hasValue("address.error.street.missing");
    assertThat(AddressNormaliser.problemWith("house", "12к1")).isEmpty();
  }
}
