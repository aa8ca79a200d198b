package com.onewindow.shared.crm;

import static com.onewindow.shared.crm.CrmFixtures.SARATOV_BAKERY;
import static com.onewindow.shared.crm.CrmFixtures.company;
import static com.onewindow.shared.crm.CrmFixtures.freshInn;
import static com.onewindow.shared.crm.CrmFixtures.newClient;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.onewindow.shared.SharedTestApplication;
import com.onewindow.shared.common.BusinessRuleViolation;
import com.onewindow.shared.common.NotFoundException;
import com.onewindow.shared.company.Companies;
import com.onewindow.shared.staff.Unit;
import com.onewindow.shared.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who sees which clients, and the INN check that works across every scope (C1). Each test rolls
 * back what it enters, so the demo data stays as other tests expect it.
 */
@SpringBootTest(classes = SharedTestApplication.class)
@TestDatabase
@Transactional
class ClientScopeIT {

  private static final PageRequest ALL = PageRequest.of(0, 1000);

  @Autowired ClientService clients;
  @Autowired Companies companies;

  @Test
  @WithUserDetails(value = "sales.saratov", userDetailsServiceBeanName = "staffUserDetailsService")
  void a_sales_manager_sees_only_their_own_clients() {
    var seen = clients.clients("", ALL).getContent();

    assertThat(seen).isNotEmpty();
    assertThat(seen).extracting(ClientRow::ownerName).containsOnly("Воробьёв Алексей Николаевич");
  }

  @Test
  @WithUserDetails(value = "head.saratov", userDetailsServiceBeanName = "staffUserDetailsService")
  void a_branch_head_sees_the_clients_of_their_branch_and_no_other() {
    var seen = clients.clients("", ALL).getContent();

    assertThat(seen).extracting(ClientRow::legalName).contains(SARATOV_BAKERY);
    assertThat(seen).allSatisfy(r -> assertThat(r.homeBranch().ru()).contains("Саратов"));
    assertThat(seen).extracting(ClientRow::legalName).doesNotContain("ООО «Уральская торговля»");
  }

  @Test
  @WithUserDetails(value = "tech.hq", userDetailsServiceBeanName = "staffUserDetailsService")
  void the_head_office_sees_every_client() {
    assertThat(clients.clients("", ALL).getTotalElements()).isEqualTo(companies.count());
  }

  @Test
  @WithUserDetails(value = "inbound.perm", userDetailsServiceBeanName = "staffUserDetailsService")
  void search_finds_a_client_by_inn_by_phone_digits_and_by_name_without_its_legal_form() {
    var bakery = company(companies, SARATOV_BAKERY);
    String phoneDigits = bakery.getPhone().replaceAll("\\D", "").substring(1);

    assertThat(clients.clients(bakery.inn().value(), ALL))
        .extracting(ClientRow::legalName)
        .containsExactly(SARATOV_BAKERY);
    assertThat(clients.clients(phoneDigits, ALL))
        .extracting(ClientRow::id)
        .contains(bakery.getId());
    assertThat(clients.clients("саратовский ХЛЕБОЗАВОД", ALL))
        .extracting(ClientRow::id)
        .containsExactly(bakery.getId());
  }

  @Test
  @WithUserDetails(value = "sales.perm", userDetailsServiceBeanName = "staffUserDetailsService")
  void a_duplicate_inn_outside_the_scope_is_refused_naming_only_its_owner() {
    var bakery = company(companies, SARATOV_BAKERY);

    assertThatThrownBy(() -> clients.create(newClient(bakery.inn().value(), "ООО «Хлеб»", null)))
        .isInstanceOfSatisfying(
            DuplicateInn.class,
            e -> {
              assertThat(e.check().visibleCompanyId()).isNull();
              assertThat(e.check().owner().managerName()).isEqualTo("Киселёва Елена Викторовна");
              assertThat(e.check().owner().unit()).isEqualTo(Unit.SERVICE);
              assertThat(e.check().owner().branch().ru()).contains("Саратов");
            });
    assertThatThrownBy(() -> clients.client(bakery.getId())).isInstanceOf(NotFoundException.class);
  }

  @Test
  @WithUserDetails(
      value = "service.saratov",
      userDetailsServiceBeanName = "staffUserDetailsService")
  void a_duplicate_inn_in_the_scope_is_refused_and_leads_to_the_existing_client() {
    var bakery = company(companies, SARATOV_BAKERY);

    assertThatThrownBy(() -> clients.create(newClient(bakery.inn().value(), "Другое", null)))
        .isInstanceOfSatisfying(
            DuplicateInn.class,
            e -> assertThat(e.check().visibleCompanyId()).isEqualTo(bakery.getId()));
  }

  @Test
  @WithUserDetails(value = "sales.perm", userDetailsServiceBeanName = "staffUserDetailsService")
  void an_inn_with_a_wrong_check_digit_is_refused() {
    String inn = freshInn();
    String wrong = inn.substring(0, 9) + ((inn.charAt(9) - '0' + 1) % 10);

    assertThatThrownBy(() -> clients.create(newClient(wrong, "ООО «Опечатка»", null)))
        .isInstanceOfSatisfying(
            BusinessRuleViolation.class,
            e -> assertThat(e.messageKey()).isEqualTo("inn.problem.CHECK_DIGIT"));
  }

  @Test
  @WithUserDetails(value = "sales.perm", userDetailsServiceBeanName = "staffUserDetailsService")
  void a_similar_name_or_the_same_phone_is_flagged_as_a_possible_duplicate() {
    var bakery = company(companies, SARATOV_BAKERY);

    assertThat(clients.lookAlikes("АО \"САРАТОВСКИЙ хлебозавод\"", null))
        .singleElement()
        .satisfies(
            l -> {
              assertThat(l.sameName()).isTrue();
              assertThat(l.visibleCompanyId()).isNull();
            });
    assertThat(clients.lookAlikes("Совсем другое имя", "8" + bakery.getPhone().substring(2)))
        .anySatisfy(l -> assertThat(l.samePhone()).isTrue());
  }

  @Test
  @WithUserDetails(value = "sales.perm", userDetailsServiceBeanName = "staffUserDetailsService")
  void a_manager_who_enters_a_client_owns_it_from_then_on() {
    long id = clients.create(newClient(freshInn(), "ООО «Новый клиент Пермь»", null));

    var card = clients.client(id);
    assertThat(card.owner().managerName()).isEqualTo("Никитин Евгений Алексеевич");
    assertThat(card.ownerHistory())
        .singleElement()
        .satisfies(
            o -> {
              assertThat(o.reason()).isEqualTo(OwnershipReason.ACQUIRED);
              assertThat(o.to()).isNull();
            });
    assertThat(card.rule()).isEqualTo(ClientRule.NEW_CLIENT_ACQUIRER);
  }

  @Test
  @WithUserDetails(
      value = "service.saratov",
      userDetailsServiceBeanName = "staffUserDetailsService")
  void the_bakery_shows_its_owner_history_and_the_service_manager_rule() {
    var card = clients.client(company(companies, SARATOV_BAKERY).getId());

    assertThat(card.owner().managerName()).isEqualTo("Киселёва Елена Викторовна");
    assertThat(card.rule()).isEqualTo(ClientRule.EXISTING_CLIENT_SERVICE_MANAGER);
    assertThat(card.ownerHistory()).hasSize(2);
    assertThat(card.ownerHistory().get(1).reason()).isEqualTo(OwnershipReason.ACQUIRED);
    assertThat(card.ownerHistory().get(1).to()).isEqualTo(card.ownerHistory().get(0).from());
  }
}
