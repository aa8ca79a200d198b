package com.onewindow.shared.account;

import static org.assertj.core.api.Assertions.assertThat;

import com.onewindow.shared.SharedTestApplication;
import com.onewindow.shared.testing.SignIn;
import com.onewindow.shared.testing.TestDatabase;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** "My company": its sites, its contact at the operator, and its users under its administrator. */
@SpringBootTest(classes = SharedTestApplication.class)
@TestDatabase
class MyCompanyIT {

  @Autowired MyCompanyService companies;
  @Autowired CompanyUsersService companyUsers;
  @Autowired RegistrationService registration;
  @Autowired CustomerUserDetailsService customerUserDetailsService;
  @Autowired JdbcTemplate jdbc;

  @AfterEach
  void signOutAndEmptyTheOutbox() {
    SignIn.out();
    jdbc.update("delete from outbox_message");
  }

  @Test
  void a_customer_sees_the_sites_of_their_company_and_its_service_manager() {
    SignIn.as(customerUserDetailsService, "olga@volga-hotel.example");

    var company = companies.myCompany().orElseThrow();

    assertThat(company.legalName()).isEqualTo("ООО «Волга-Отель»");
    assertThat(company.sites()).isNotEmpty();
    assertThat(company.contact()).isNotNull();
    assertThat(
            jdbc.queryForObject(
                "select u.username from staff_user u where u.email = ?",
                String.class,
                company.contact().email()))
        .isEqualTo("service.saratov");
  }

  @Test
  void the_administrator_accepts_a_colleague_who_named_the_companys_inn() {
    String inn =
        jdbc.queryForObject(
            "select inn from company where legal_name = 'ООО «Волга-Отель»'", String.class);
    String email = "colleague-" + UUID.randomUUID() + "@volga.example";
    registration.register(
        new Registration("Вера Коллегова", email, "+79170000000", "long-enough-password", inn),
        Locale.forLanguageTag("ru"));
    SignIn.as(customerUserDetailsService, "olga@volga-hotel.example");
    assertThat(companyUsers.myAccount().companyAdmin()).isTrue();
    var pending =
        companyUsers.members().stream()
            .filter(m -> m.email().equals(email))
            .findFirst()
            .orElseThrow();
    assertThat(pending.pending()).isTrue();

    companyUsers.accept(pending.id());

    assertThat(companyUsers.members())
        .anySatisfy(
            m -> {
              assertThat(m.email()).isEqualTo(email);
              assertThat(m.pending()).isFalse();
            });
  }
}
