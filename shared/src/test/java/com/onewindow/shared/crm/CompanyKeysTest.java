package com.onewindow.shared.crm;

import static org.assertj.core.api.Assertions.assertThat;

import com.onewindow.shared.company.CompanyKeys;
import org.junit.jupiter.api.Test;

class CompanyKeysTest {

  @Test
  void legal_forms_quotes_and_case_do_not_matter() {
    assertThat(CompanyKeys.nameKey("ООО «Саратовский Хлебозавод»"))
        .isEqualTo(CompanyKeys.nameKey("саратовский хлебозавод"))
        .isEqualTo(CompanyKeys.nameKey("АО \"САРАТОВСКИЙ ХЛЕБОЗАВОД\""))
        .isEqualTo("саратовский хлебозавод");
    assertThat(CompanyKeys.nameKey("ИП Смирнова Анна Сергеевна"))
        .isEqualTo("смирнова анна сергеевна");
  }

  @Test
  void a_phone_is_compared_by_its_last_ten_digits() {
    assertThat(CompanyKeys.phoneKey("+7 (8452) 20-10-11"))
        .isEqualTo(CompanyKeys.phoneKey("88452201011"))
        .isEqualTo("8452201011");
    assertThat(CompanyKeys.phoneKey("12")).isNull();
  }
}
