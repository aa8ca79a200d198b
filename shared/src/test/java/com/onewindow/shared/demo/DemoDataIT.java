package com.onewindow.shared.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.onewindow.shared.SharedTestApplication;
import com.onewindow.shared.catalog.ProductCategory;
import com.onewindow.shared.company.Inn;
import com.onewindow.shared.request.Channel;
import com.onewindow.shared.request.RequestStatus;
import com.onewindow.shared.staff.Role;
import com.onewindow.shared.staff.StaffUsers;
import com.onewindow.shared.staff.Unit;
import com.onewindow.shared.testing.TestDatabase;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Transactional;

@SpringBootTest(classes = SharedTestApplication.class)
@TestDatabase
class DemoDataIT {

  /** The demo's own requests, leaving out any bulk rows of the large data set. */
  private static final String DEMO_REQUESTS =
      " from connection_request where number is null or number not like '"
          + LargeDataSet.BULK_NUMBERS
          + "'";

  @Autowired JdbcTemplate jdbc;
  @Autowired StaffUsers staffUsers;
  @Autowired PasswordEncoder passwordEncoder;
  @Autowired DemoDataLoader loader;

  /**
   * Whatever the hour the demo is loaded, each branch's direct sales still owns a client it is
   * winning (its prospect), so "Мой день" and the head's dashboard have someone to show.
   */
  @Test
  void every_branch_with_clients_keeps_one_with_its_direct_sales_manager() {
    List<String> branchesWithoutOne =
        jdbc.queryForList(
            "select distinct b.city_en from company c join branch b on b.id = c.home_branch_id"
                + " where c.federal = false and not exists (select 1 from crm_ownership o"
                + " where o.branch_id = b.id and o.unit = 'DIRECT' and o.valid_to is null)",
            String.class);

    assertThat(branchesWithoutOne).isEmpty();
  }

  @Test
  void branches_include_perm_and_saratov_in_their_own_time_zones() {
    Map<String, String> zones =
        jdbc
            .query(
                "select city_en, time_zone from branch",
                (rs, i) -> Map.entry(rs.getString(1), rs.getString(2)))
            .stream()
            .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));

    assertThat(zones).hasSizeGreaterThanOrEqualTo(6);
    assertThat(zones)
        .containsEntry("Moscow", "Europe/Moscow")
        .containsEntry("Perm", "Asia/Yekaterinburg")
        .containsEntry("Saratov", "Europe/Saratov")
        .containsEntry("Novosibirsk", "Asia/Novosibirsk");
    assertThat(
            jdbc.queryForList("select city_en from branch where head_office = true", String.class))
        .containsExactly("Moscow");
  }

  @Test
  void every_city_has_a_covered_street_and_one_that_needs_a_survey() {
    var statuses =
        jdbc.queryForList("select distinct city, status from coverage_entry").stream()
            .collect(
                Collectors.groupingBy(
                    row -> (String) row.get("city"),
                    Collectors.mapping(row -> (String) row.get("status"), Collectors.toSet())));

    assertThat(statuses).hasSize(jdbc.queryForObject("select count(*) from branch", Integer.class));
    assertThat(statuses.values())
        .allSatisfy(s -> assertThat(s).contains("COVERED", "SURVEY_NEEDED"));
  }

  @Test
  void the_catalog_has_every_category_and_industry_bundles() {
    assertThat(jdbc.queryForList("select distinct category from product", String.class))
        .containsExactlyInAnyOrder(names(ProductCategory.values()));
    assertThat(jdbc.queryForList("select industry from bundle", String.class))
        .hasSizeGreaterThanOrEqualTo(3)
        .contains("HOSPITALITY", "RESTAURANTS", "RETAIL");
    assertThat(
            jdbc.queryForObject(
                "select min_sites from bundle where industry = 'RETAIL'", Integer.class))
        .isEqualTo(2);
    assertThat(
            jdbc.queryForList(
                "select p.category from bundle b join bundle_item i on i.bundle_id = b.id"
                    + " join product p on p.id = i.product_id where b.industry = 'RETAIL'",
                String.class))
        .contains("SITE_NETWORK");
  }

  @Test
  void companies_have_valid_unique_inns_and_kpps_of_their_tax_office() {
    var companies = jdbc.queryForList("select inn, kpp from company");

    assertThat(companies).hasSizeGreaterThanOrEqualTo(60);
    assertThat(companies)
        .allSatisfy(
            c -> {
              String inn = (String) c.get("inn");
              assertThat(Inn.isValid(inn)).as(inn).isTrue();
              Object kpp = c.get("kpp");
              assertThat(kpp).isEqualTo(inn.length() == 12 ? null : inn.substring(0, 4) + "01001");
            });
    assertThat(companies.stream().map(c -> c.get("inn")).distinct()).hasSameSizeAs(companies);
    assertThat(
            jdbc.queryForObject("select count(*) from company where federal = true", Integer.class))
        .isPositive();
  }

  @Test
  void requests_cover_every_status_and_every_channel() {
    assertThat(jdbc.queryForObject("select count(*)" + DEMO_REQUESTS, Integer.class))
        .isGreaterThanOrEqualTo(300);
    assertThat(jdbc.queryForList("select distinct status" + DEMO_REQUESTS, String.class))
        .containsExactlyInAnyOrder(names(RequestStatus.values()));
    assertThat(jdbc.queryForList("select distinct channel" + DEMO_REQUESTS, String.class))
        .containsExactlyInAnyOrder(names(Channel.values()));
  }

  @Test
  void every_submitted_request_has_a_number_and_a_timeline_that_ends_in_its_status() {
    var broken =
        jdbc.queryForList(
            "select r.id from connection_request r where r.status <> 'DRAFT' and (r.number is null"
                + " or not exists (select 1 from request_event e where e.request_id = r.id"
                + " and e.type = 'SUBMITTED')"
                + " or r.status <> (select e.to_status from request_event e where e.request_id = r.id"
                + " and e.to_status is not null order by e.occurred_at desc, e.id desc limit 1))",
            Long.class);

    assertThat(broken).isEmpty();
  }

  @Test
  @Transactional(readOnly = true) // the finder's entity graph leaves the roles lazy
  void the_demo_staff_exist_with_their_roles_and_the_demo_password() {
    Map<String, Role> roles =
        Map.of(
            "admin", Role.ADMIN,
            "tech.perm", Role.TECHNICIAN,
            "tech.saratov", Role.TECHNICIAN,
            "tech.hq", Role.TECHNICIAN,
            "inbound.perm", Role.INBOUND_AGENT,
            "sales.saratov", Role.SALES_MANAGER,
            "kam.moscow", Role.KEY_ACCOUNT_MANAGER,
            "service.saratov", Role.SERVICE_MANAGER,
            "head.saratov", Role.HEAD,
            "online.hq", Role.SALES_MANAGER);

    roles.forEach(
        (username, role) ->
            assertThat(staffUsers.findByUsernameIgnoreCase(username))
                .as(username)
                .hasValueSatisfying(u -> assertThat(u.getRoles()).contains(role)));
    var inbound = staffUsers.findByUsernameIgnoreCase("inbound.perm").orElseThrow();
    assertThat(inbound.getUnit()).isEqualTo(Unit.INBOUND);
    assertThat(inbound.getBranch().getCode()).isEqualTo(DemoCity.PERM);
    assertThat(
            staffUsers.findByUsernameIgnoreCase("tech.hq").orElseThrow().getBranch().isHeadOffice())
        .isTrue();
    assertThat(passwordEncoder.matches("demo12345", inbound.getPasswordHash())).isTrue();
  }

  @Test
  void the_saratov_head_leads_direct_and_service_sales() {
    var heads =
        jdbc.queryForList(
            "select u.username from staff_user u join staff_user h on h.id = u.head_id"
                + " where h.username = 'head.saratov'",
            String.class);

    assertThat(heads).contains("sales.saratov", "service.saratov");
  }

  @Test
  void the_two_customers_belong_to_different_companies_with_requests_in_several_states() {
    var customers =
        jdbc.queryForList(
            "select u.email, u.company_id, u.email_confirmed, u.company_admin from customer_user u"
                + " where u.email in (?, ?)",
            DemoCustomers.OLGA,
            DemoCustomers.IVAN);

    assertThat(customers).hasSize(2);
    assertThat(customers.get(0).get("company_id")).isNotEqualTo(customers.get(1).get("company_id"));
    for (var customer : customers) {
      assertThat(customer.get("email_confirmed")).isEqualTo(true);
      assertThat(customer.get("company_admin")).isEqualTo(true);
      var states =
          jdbc.queryForList(
              "select distinct status from connection_request where company_id = ?",
              String.class,
              customer.get("company_id"));
      assertThat(states).as((String) customer.get("email")).hasSizeGreaterThanOrEqualTo(3);
    }
  }

  @Test
  void the_saratov_bakery_has_been_a_client_for_three_years() {
    Instant since =
        jdbc.queryForObject(
            "select cooperation_started_at from company where legal_name = ?",
            Instant.class,
            "ООО «Саратовский хлебозавод»");

    assertThat(Duration.between(since, Instant.now()).toDays()).isBetween(1000L, 1200L);
    assertThat(
            jdbc.queryForList(
                "select r.channel from connection_request r join company c on c.id = r.company_id"
                    + " where c.legal_name = ? and r.status = 'SUBMITTED'",
                String.class,
                "ООО «Саратовский хлебозавод»"))
        .containsExactly("INBOUND");
  }

  @Test
  void every_activated_company_has_its_cooperation_start() {
    assertThat(
            jdbc.queryForObject(
                "select count(*) from company c where c.cooperation_started_at is null and exists"
                    + " (select 1 from connection_request r where r.company_id = c.id"
                    + " and r.status = 'ACTIVATED')",
                Integer.class))
        .isZero();
  }

  @Test
  void the_demo_history_sends_no_mail() {
    assertThat(jdbc.queryForObject("select count(*) from outbox_message", Integer.class)).isZero();
  }

  @Test
  void a_second_run_of_the_loader_changes_nothing() {
    var before = counts();

    loader.run(new DefaultApplicationArguments());

    assertThat(counts()).isEqualTo(before);
  }

  private List<Integer> counts() {
    return List.of(
            "branch",
            "coverage_entry",
            "product",
            "bundle",
            "company",
            "site",
            "contact",
            "staff_user",
            "customer_user",
            "connection_request",
            "request_line",
            "request_event",
            "crm_activity",
            "crm_contract")
        .stream()
        .map(table -> jdbc.queryForObject("select count(*) from " + table, Integer.class))
        .toList();
  }

  private static String[] names(Enum<?>[] values) {
    return Arrays.stream(values).map(Enum::name).toArray(String[]::new);
  }
}
