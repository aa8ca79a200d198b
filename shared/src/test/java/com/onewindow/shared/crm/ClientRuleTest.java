package com.onewindow.shared.crm;

import static org.assertj.core.api.Assertions.assertThat;

import com.onewindow.shared.catalog.Industry;
import com.onewindow.shared.common.LocalizedText;
import com.onewindow.shared.company.Company;
import com.onewindow.shared.company.Inn;
import com.onewindow.shared.coverage.Branch;
import com.onewindow.shared.staff.Unit;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class ClientRuleTest {

  private static final Branch SARATOV =
      new Branch(
          "SAR",
          new LocalizedText("Саратов", "Saratov"),
          new LocalizedText("Саратов", "Saratov"),
          new LocalizedText("Саратовская область", "Saratov Oblast"),
          ZoneId.of("Europe/Saratov"));

  @Test
  void a_federal_client_belongs_to_key_accounts_whoever_owns_it() {
    assertThat(ClientRule.applyingTo(company().markFederal(), Unit.DIRECT))
        .isEqualTo(ClientRule.FEDERAL_KEY_ACCOUNTS);
  }

  @Test
  void a_client_with_a_service_manager_goes_through_them() {
    assertThat(ClientRule.applyingTo(company(), Unit.SERVICE))
        .isEqualTo(ClientRule.EXISTING_CLIENT_SERVICE_MANAGER);
  }

  @Test
  void a_connected_client_is_existing_even_before_its_handover() {
    var company = company();
    company.startCooperationIfFirst(Instant.EPOCH);

    assertThat(ClientRule.applyingTo(company, Unit.DIRECT))
        .isEqualTo(ClientRule.EXISTING_CLIENT_SERVICE_MANAGER);
  }

  @Test
  void a_prospect_stays_with_its_acquirer_and_an_unowned_one_is_free() {
    assertThat(ClientRule.applyingTo(company(), Unit.DIRECT))
        .isEqualTo(ClientRule.NEW_CLIENT_ACQUIRER);
    assertThat(ClientRule.applyingTo(company(), null)).isEqualTo(ClientRule.NO_OWNER);
  }

  private static Company company() {
    return new Company(
        Inn.withCheckDigits("645500001"),
        null,
        "ООО «Тест»",
        Industry.OTHER,
        SARATOV,
        Instant.EPOCH);
  }
}
