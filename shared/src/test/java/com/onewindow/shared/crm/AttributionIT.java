package com.onewindow.shared.crm;

import static com.onewindow.shared.crm.CrmFixtures.SARATOV_ADDRESS;
import static com.onewindow.shared.crm.CrmFixtures.SARATOV_BAKERY;
import static com.onewindow.shared.crm.CrmFixtures.company;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.onewindow.shared.SharedTestApplication;
import com.onewindow.shared.catalog.Products;
import com.onewindow.shared.common.BusinessRuleViolation;
import com.onewindow.shared.common.NotFoundException;
import com.onewindow.shared.company.Companies;
import com.onewindow.shared.request.Channel;
import com.onewindow.shared.request.ConnectionRequests;
import com.onewindow.shared.staff.StaffUsers;
import com.onewindow.shared.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/** Every request records its channel and managers by the way it came in; only a head changes it. */
@SpringBootTest(classes = SharedTestApplication.class)
@TestDatabase
@Transactional
class AttributionIT {

  @Autowired InboundDeskService desk;
  @Autowired ClientRequestService managerEntry;
  @Autowired AttributionService attribution;
  @Autowired ClientService clients;
  @Autowired ConnectionRequests requests;
  @Autowired Companies companies;
  @Autowired Products products;
  @Autowired StaffUsers staffUsers;

  @Test
  @WithUserDetails(value = "inbound.perm", userDetailsServiceBeanName = "staffUserDetailsService")
  void
      a_request_from_the_inbound_desk_is_inbound_found_by_the_agent_and_routed_to_the_branch_of_the_address() {
    var call = desk.logCall("+7 (8452) 20-10-99", "Хотят интернет в новый цех");

    String number = desk.createRequest(call.callId(), form(SARATOV_BAKERY));

    var request = byNumber(number);
    assertThat(request.getChannel()).isEqualTo(Channel.INBOUND);
    assertThat(request.getFoundBy().getUsername()).isEqualTo("inbound.perm");
    assertThat(request.getCarriedBy().getUsername()).isEqualTo("inbound.perm");
    assertThat(request.getBranch().getCode()).isEqualTo("SAR");
  }

  @Test
  @WithUserDetails(
      value = "service.saratov",
      userDetailsServiceBeanName = "staffUserDetailsService")
  void a_service_managers_own_entry_is_in_the_service_channel_and_theirs() {
    var request = byNumber(managerEntry.createForClient(form(SARATOV_BAKERY)));

    assertThat(request.getChannel()).isEqualTo(Channel.SERVICE);
    assertThat(request.getFoundBy().getUsername()).isEqualTo("service.saratov");
  }

  @Test
  @WithUserDetails(value = "sales.saratov", userDetailsServiceBeanName = "staffUserDetailsService")
  void a_direct_sales_managers_own_entry_is_in_the_direct_channel_and_theirs() {
    // A client they have just found: the demo's own may all have passed to the service manager (R3)
    // by the day the test runs.
    clients.create(CrmFixtures.newClient(CrmFixtures.freshInn(), "ООО «Энгельс-Лифт»", null));

    var request = byNumber(managerEntry.createForClient(form("ООО «Энгельс-Лифт»")));

    assertThat(request.getChannel()).isEqualTo(Channel.DIRECT);
    assertThat(request.getCarriedBy().getUsername()).isEqualTo("sales.saratov");
  }

  @Test
  void the_portal_path_is_the_online_channel_with_no_manager() {
    var portal = Attribution.portal();

    assertThat(portal.channel()).isEqualTo(Channel.ONLINE);
    assertThat(portal.foundBy()).isNull();
    assertThat(portal.carriedBy()).isNull();
  }

  @Test
  @WithUserDetails(value = "sales.saratov", userDetailsServiceBeanName = "staffUserDetailsService")
  void a_manager_cannot_enter_a_request_for_a_client_outside_their_scope() {
    assertThatThrownBy(() -> managerEntry.createForClient(form(SARATOV_BAKERY)))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  @WithUserDetails(value = "head.saratov", userDetailsServiceBeanName = "staffUserDetailsService")
  void a_head_changes_the_attribution_with_a_reason_and_the_change_is_recorded() {
    long id = aSaratovRequest();
    long sales = staffUsers.findByUsernameIgnoreCase("sales.saratov").orElseThrow().getId();

    var changed =
        attribution.change(id, Channel.DIRECT, sales, sales, "Клиента нашёл Воробьёв на выставке");

    assertThat(changed.channel()).isEqualTo(Channel.DIRECT);
    assertThat(changed.foundBy()).isEqualTo("Воробьёв Алексей Николаевич");
    assertThat(changed.changes())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.newChannel()).isEqualTo(Channel.DIRECT);
              assertThat(c.reason()).isEqualTo("Клиента нашёл Воробьёв на выставке");
              assertThat(c.changedBy()).isEqualTo("Тарасов Владимир Иванович");
            });
  }

  @Test
  @WithUserDetails(value = "head.saratov", userDetailsServiceBeanName = "staffUserDetailsService")
  void a_head_must_give_a_reason() {
    assertThatThrownBy(() -> attribution.change(aSaratovRequest(), Channel.DIRECT, null, null, " "))
        .isInstanceOfSatisfying(
            BusinessRuleViolation.class,
            e -> assertThat(e.messageKey()).isEqualTo("crm.error.reasonRequired"));
  }

  @Test
  @WithUserDetails(value = "sales.saratov", userDetailsServiceBeanName = "staffUserDetailsService")
  void a_manager_cannot_change_attribution() {
    assertThatThrownBy(
            () -> attribution.change(aSaratovRequest(), Channel.DIRECT, null, null, "Моё"))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  @WithUserDetails(value = "head.inbound", userDetailsServiceBeanName = "staffUserDetailsService")
  void a_head_of_another_branch_cannot_change_it() {
    assertThatThrownBy(
            () -> attribution.change(aSaratovRequest(), Channel.INBOUND, null, null, "Наш звонок"))
        .isInstanceOf(NotFoundException.class);
  }

  private long aSaratovRequest() {
    return requests.findAll().stream()
        .filter(r -> r.getBranch().getCode().equals("SAR") && r.number().isPresent())
        .filter(r -> r.getChannel() == Channel.ONLINE)
        .findFirst()
        .orElseThrow()
        .getId();
  }

  private com.onewindow.shared.request.ConnectionRequest byNumber(String number) {
    return requests.findAll().stream()
        .filter(r -> r.number().orElse("").equals(number))
        .findFirst()
        .orElseThrow();
  }

  private OnBehalfRequest form(String companyName) {
    var internet = products.findByCode("INTERNET").orElseThrow();
    return new OnBehalfRequest(
        company(companies, companyName).getId(),
        SARATOV_ADDRESS,
        internet.getId(),
        null,
        "Петров Пётр",
        "+7 (8452) 20-10-99",
        "petrov@client.test",
        null);
  }
}
