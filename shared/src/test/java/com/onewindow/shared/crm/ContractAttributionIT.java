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
import com.onewindow.shared.request.Channel;
import com.onewindow.shared.request.ConnectionRequests;
import com.onewindow.shared.staff.StaffUsers;
import com.onewindow.shared.testing.MutableClock;
import com.onewindow.shared.testing.TestDatabase;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every contract records its channel and managers by the way it was entered, is seen only with its
 * client's scope, and only a head changes its attribution, with a reason that is audited (C2).
 */
@SpringBootTest(classes = SharedTestApplication.class)
@TestDatabase
@Transactional
class ContractAttributionIT {

  @Autowired ActivityService activities;
  @Autowired AttributionService attribution;
  @Autowired ClientService clients;
  @Autowired Companies companies;
  @Autowired ConnectionRequests requests;
  @Autowired StaffUsers staffUsers;
  @Autowired JdbcTemplate jdbc;
  @Autowired MutableClock clock;
  @Autowired EntityManager entityManager;

  @Autowired
  @Qualifier("staffUserDetailsService")
  UserDetailsService staffDetails;

  @Test
  void a_direct_sales_managers_contract_is_in_the_direct_channel_found_and_carried_by_them() {
    signIn("sales.saratov");
    long client = clients.create(newClient(freshInn(), "ООО «Волжский причал»", null));
    long contact = clients.contacts(client).getFirst().id();

    activities.log(
        new LogActivity(client, contact, ActivityType.CONTRACT, null, "Подписали", "Д-17/26"));

    assertThat(attribution.contractsOf(client))
        .singleElement()
        .satisfies(
            k -> {
              assertThat(k.channel()).isEqualTo(Channel.DIRECT);
              assertThat(k.foundBy()).isEqualTo("Воробьёв Алексей Николаевич");
              assertThat(k.carriedBy()).isEqualTo("Воробьёв Алексей Николаевич");
              assertThat(k.number()).isEqualTo("Д-17/26");
              assertThat(k.contactName()).isEqualTo("Иванов Иван");
              assertThat(k.changes()).isEmpty();
            });
  }

  @Test
  void a_service_managers_contract_is_in_the_service_channel() {
    signIn("service.saratov");
    long bakery = company(companies, SARATOV_BAKERY).getId();
    var earlier = contractIds(bakery);

    activities.log(new LogActivity(bakery, null, ActivityType.CONTRACT, null, "Доп. соглашение"));

    assertThat(attribution.contractsOf(bakery))
        .filteredOn(k -> !earlier.contains(k.id()))
        .extracting(ContractView::channel, ContractView::carriedBy)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(Channel.SERVICE, "Киселёва Елена Викторовна"));
  }

  @Test
  void a_contract_taken_at_the_inbound_desk_is_inbound_found_and_carried_by_the_agent() {
    signIn("inbound.perm");
    long bakery = company(companies, SARATOV_BAKERY).getId();
    String agent = staffUsers.findByUsernameIgnoreCase("inbound.perm").orElseThrow().getFullName();
    var earlier = contractIds(bakery);

    activities.log(new LogActivity(bakery, null, ActivityType.CONTRACT, null, "По звонку"));

    assertThat(attribution.contractsOf(bakery))
        .filteredOn(k -> !earlier.contains(k.id()))
        .singleElement()
        .satisfies(
            k -> {
              assertThat(k.channel()).isEqualTo(Channel.INBOUND);
              assertThat(k.foundBy()).isEqualTo(agent);
              assertThat(k.carriedBy()).isEqualTo(agent);
            });
  }

  @Test
  void the_funnel_counts_a_contract_once_and_a_correction_to_a_call_takes_it_off_the_card() {
    signIn("sales.saratov");
    long client = clients.create(newClient(freshInn(), "ООО «Покровск-Сервис»", null));
    long before = contractsToday();

    long id = activities.log(new LogActivity(client, null, ActivityType.CONTRACT, null, null)).id();

    assertThat(contractsToday()).isEqualTo(before + 1);
    assertThat(attribution.contractsOf(client)).hasSize(1);

    activities.correct(id, ActivityType.CALL, "Это был звонок", null);
    assertThat(contractsToday()).isEqualTo(before);
    assertThat(attribution.contractsOf(client)).isEmpty();

    activities.correct(id, ActivityType.CONTRACT, "Всё-таки договор", null);
    assertThat(contractsToday()).isEqualTo(before + 1);
    assertThat(attribution.contractsOf(client)).hasSize(1);
  }

  @Test
  void a_manager_of_another_branch_does_not_see_the_contract_but_the_branch_head_does() {
    long client = aSaratovContract().companyId();

    signIn("sales.kazan");
    assertThatThrownBy(() -> attribution.contractsOf(client)).isInstanceOf(NotFoundException.class);

    signIn("head.saratov");
    assertThat(attribution.contractsOf(client)).hasSize(1);
  }

  @Test
  void a_manager_cannot_change_a_contracts_attribution() {
    long contract = aSaratovContract().contractId();

    signIn("sales.saratov");
    assertThatThrownBy(
            () -> attribution.changeContract(contract, Channel.SERVICE, null, null, "Моё"))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void a_head_changes_a_contracts_attribution_with_a_reason_that_is_audited() {
    var signed = aSaratovContract();
    long service = staffUsers.findByUsernameIgnoreCase("service.saratov").orElseThrow().getId();
    long sales = staffUsers.findByUsernameIgnoreCase("sales.saratov").orElseThrow().getId();

    signIn("head.saratov");
    var changed =
        attribution.changeContract(
            signed.contractId(), Channel.SERVICE, sales, service, "Сделку довела Киселёва");

    assertThat(changed.channel()).isEqualTo(Channel.SERVICE);
    assertThat(changed.foundBy()).isEqualTo("Воробьёв Алексей Николаевич");
    assertThat(changed.carriedBy()).isEqualTo("Киселёва Елена Викторовна");
    assertThat(changed.changes())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.oldChannel()).isEqualTo(Channel.DIRECT);
              assertThat(c.newChannel()).isEqualTo(Channel.SERVICE);
              assertThat(c.reason()).isEqualTo("Сделку довела Киселёва");
              assertThat(c.changedBy()).isEqualTo("Тарасов Владимир Иванович");
            });
    assertThat(audit("Contract", signed.contractId()))
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a).containsEntry("action", "REATTRIBUTE");
              assertThat(a).containsEntry("actor_name", "Тарасов Владимир Иванович");
              assertThat(a.get("changes")).isNull();
            });
    assertThat(auditChanges("Contract", signed.contractId()))
        .containsExactly(
            List.of("channel", "DIRECT", "SERVICE"),
            Arrays.asList("carriedBy", "Воробьёв Алексей Николаевич", "Киселёва Елена Викторовна"),
            Arrays.asList("text", null, "Сделку довела Киселёва"));
  }

  @Test
  void a_head_must_give_a_reason_and_nothing_changes_without_one() {
    long contract = aSaratovContract().contractId();

    signIn("head.saratov");
    assertThatThrownBy(() -> attribution.changeContract(contract, Channel.SERVICE, null, null, " "))
        .isInstanceOfSatisfying(
            BusinessRuleViolation.class,
            e -> assertThat(e.messageKey()).isEqualTo("crm.error.reasonRequired"));
    assertThat(audit("Contract", contract)).isEmpty();
  }

  @Test
  void a_contract_an_inbound_agent_logs_belongs_to_the_clients_branch_and_is_dated_there() {
    signIn("sales.saratov");
    long client = clients.create(newClient(freshInn(), "ООО «Волжская пристань»", null));
    var company = companies.findById(client).orElseThrow();
    ZoneId clientZone = company.getHomeBranch().zone();
    var agent = staffUsers.findByUsernameIgnoreCase("inbound.perm").orElseThrow();
    ZoneId agentZone = agent.getBranch().zone();
    assertThat(agent.getBranch().getId()).isNotEqualTo(company.getHomeBranch().getId());
    Instant start = clock.instant();
    // the first half hour ahead when it is already another day in one of the two zones
    Instant nearMidnight = start.truncatedTo(ChronoUnit.HOURS);
    while (!nearMidnight.isAfter(start)
        || nearMidnight
            .atZone(clientZone)
            .toLocalDate()
            .equals(nearMidnight.atZone(agentZone).toLocalDate())) {
      nearMidnight = nearMidnight.plus(Duration.ofMinutes(30));
    }
    long contract;
    try {
      clock.set(nearMidnight);
      signIn("inbound.perm");
      activities.log(new LogActivity(client, null, ActivityType.CONTRACT, null, "По звонку"));
      var logged = attribution.contractsOf(client).getFirst();
      contract = logged.id();
      assertThat(logged.signedOn()).isEqualTo(nearMidnight.atZone(clientZone).toLocalDate());
      assertThat(logged.changeable()).isFalse();
    } finally {
      clock.set(start);
    }

    signIn("head.inbound");
    assertThatThrownBy(
            () -> attribution.changeContract(contract, Channel.DIRECT, null, null, "Наш звонок"))
        .isInstanceOf(NotFoundException.class);

    signIn("head.saratov");
    assertThat(attribution.contractsOf(client)).singleElement().matches(ContractView::changeable);
    var changed =
        attribution.changeContract(contract, Channel.DIRECT, null, null, "Клиента нашёл отдел");
    assertThat(changed.channel()).isEqualTo(Channel.DIRECT);
  }

  @Test
  void a_head_names_only_colleagues_of_their_branch_who_sell() {
    long contract = aSaratovContract().contractId();
    long kazan = staffUsers.findByUsernameIgnoreCase("sales.kazan").orElseThrow().getId();
    long technician = staffUsers.findByUsernameIgnoreCase("tech.saratov").orElseThrow().getId();

    signIn("head.saratov");
    assertThat(attribution.candidates()).extracting(StaffOption::id).doesNotContain(kazan);
    for (long stranger : List.of(kazan, technician)) {
      assertThatThrownBy(
              () ->
                  attribution.changeContract(
                      contract, Channel.DIRECT, stranger, stranger, "Чужой менеджер"))
          .isInstanceOfSatisfying(
              BusinessRuleViolation.class,
              e -> assertThat(e.messageKey()).isEqualTo("crm.error.notACandidate"));
    }
    assertThat(audit("Contract", contract)).isEmpty();
    assertThat(attribution.contractsOf(companyOf(contract)))
        .singleElement()
        .satisfies(k -> assertThat(k.carriedBy()).isEqualTo("Воробьёв Алексей Николаевич"));

    signIn("head.kam");
    assertThat(attribution.changeContract(contract, Channel.DIRECT, kazan, kazan, "Из Казани"))
        .satisfies(k -> assertThat(k.carriedById()).isEqualTo(kazan));
  }

  @Test
  void a_head_keeps_a_colleague_of_another_branch_the_attribution_already_names() {
    signIn("sales.saratov");
    long client = clients.create(newClient(freshInn(), "ООО «Речной вокзал»", null));
    var agent = staffUsers.findByUsernameIgnoreCase("inbound.perm").orElseThrow();
    signIn("inbound.perm");
    activities.log(new LogActivity(client, null, ActivityType.CONTRACT, null, "По звонку"));
    long contract = attribution.contractsOf(client).getFirst().id();
    long sales = staffUsers.findByUsernameIgnoreCase("sales.saratov").orElseThrow().getId();

    signIn("head.saratov");
    var changed =
        attribution.changeContract(
            contract, Channel.DIRECT, agent.getId(), sales, "Сделку довёл наш менеджер");

    assertThat(changed.foundBy()).isEqualTo(agent.getFullName());
    assertThat(changed.carriedBy()).isEqualTo("Воробьёв Алексей Николаевич");
  }

  @Test
  void a_head_of_another_branch_cannot_change_it() {
    long contract = aSaratovContract().contractId();

    signIn("head.inbound");
    assertThatThrownBy(
            () -> attribution.changeContract(contract, Channel.INBOUND, null, null, "Наш звонок"))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void a_heads_change_of_a_requests_attribution_lands_in_the_requests_audit_trail() {
    long request =
        requests.findAll().stream()
            .filter(r -> r.getBranch().getCode().equals("SAR") && r.number().isPresent())
            .findFirst()
            .orElseThrow()
            .getId();

    signIn("head.saratov");
    attribution.change(request, Channel.DIRECT, null, null, "Нашли на выставке");

    assertThat(audit("ConnectionRequest", request))
        .anySatisfy(
            a -> {
              assertThat(a).containsEntry("action", "REATTRIBUTE");
            });
    assertThat(auditChanges("ConnectionRequest", request))
        .contains(Arrays.asList("text", null, "Нашли на выставке"));
  }

  private record Signed(long companyId, long contractId) {}

  /** A contract sales.saratov signs with a new client of theirs. */
  private Signed aSaratovContract() {
    signIn("sales.saratov");
    long client = clients.create(newClient(freshInn(), "ООО «Саратов-Пласт»", null));
    activities.log(new LogActivity(client, null, ActivityType.CONTRACT, null, "Подписали"));
    return new Signed(client, attribution.contractsOf(client).getFirst().id());
  }

  /** The contracts a demo client has already (the demo's past months). */
  private List<Long> contractIds(long companyId) {
    return attribution.contractsOf(companyId).stream().map(ContractView::id).toList();
  }

  private long companyOf(long contractId) {
    return jdbc.queryForObject(
        "select company_id from crm_contract where id = ?", Long.class, contractId);
  }

  private long contractsToday() {
    return activities
        .myDay()
        .progress()
        .figure(Progress.Period.TODAY, ActivityType.CONTRACT)
        .actual();
  }

  private List<Map<String, Object>> audit(String subjectType, long subjectId) {
    return jdbc.queryForList(
        "select action, actor_name, changes from audit_entry"
            + " where subject_type = ? and subject_id = ? order by id",
        subjectType,
        subjectId);
  }

  /** The fields the audit recorded as changed: field, old value, new value, in their order. */
  private List<List<String>> auditChanges(String subjectType, long subjectId) {
    entityManager.flush();
    return jdbc.query(
        "select c.field, c.old_value, c.new_value from audit_change c"
            + " join audit_entry e on e.id = c.audit_entry_id"
            + " where e.subject_type = ? and e.subject_id = ? order by e.id, c.position",
        (rs, row) -> Arrays.asList(rs.getString(1), rs.getString(2), rs.getString(3)),
        subjectType,
        subjectId);
  }

  private void signIn(String username) {
    var user = staffDetails.loadUserByUsername(username);
    SecurityContextHolder.getContext()
        .setAuthentication(
            UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
  }
}
