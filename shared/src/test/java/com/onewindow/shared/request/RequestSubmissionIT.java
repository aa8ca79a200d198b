package com.onewindow.shared.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.onewindow.shared.SharedTestApplication;
import com.onewindow.shared.account.CustomerUser;
import com.onewindow.shared.account.CustomerUserDetailsService;
import com.onewindow.shared.account.CustomerUsers;
import com.onewindow.shared.catalog.CatalogBundle;
import com.onewindow.shared.catalog.CatalogService;
import com.onewindow.shared.common.BusinessRuleViolation;
import com.onewindow.shared.company.Inn;
import com.onewindow.shared.request.ConnectionOrder.CompanyPart;
import com.onewindow.shared.request.ConnectionOrder.ContactPart;
import com.onewindow.shared.request.ConnectionOrder.SiteOrder;
import com.onewindow.shared.testing.MutableClock;
import com.onewindow.shared.testing.SignIn;
import com.onewindow.shared.testing.TestDatabase;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The online wizard's submission: routing (one request per serving branch), pricing, one order per
 * draft, the confirmation mail, the company rule.
 */
@SpringBootTest(classes = SharedTestApplication.class)
@TestDatabase
class RequestSubmissionIT {

  @Autowired RequestSubmissionService submission;
  @Autowired CustomerRequestService requests;
  @Autowired CatalogService catalog;
  @Autowired CustomerUsers users;
  @Autowired CustomerUserDetailsService customerUserDetailsService;
  @Autowired PasswordEncoder passwords;
  @Autowired JdbcTemplate jdbc;
  @Autowired MutableClock clock;

  String email;

  @BeforeEach
  void signInANewCustomer() {
    email = "new-" + UUID.randomUUID() + "@firm.example";
    users.save(
        new CustomerUser(
                email, passwords.encode("secret-password"), "Анна Новикова", clock.instant())
            .confirmEmail());
    SignIn.as(customerUserDetailsService, email);
  }

  @AfterEach
  void signOutAndEmptyTheOutbox() {
    SignIn.out();
    jdbc.update("delete from outbox_message");
  }

  @Test
  void an_order_served_by_one_branch_is_one_request_with_every_site() {
    var submitted = submission.submit(order(bundle("RETAIL_CHAIN"), saratov(), saratovKirova()));

    assertThat(submitted.isSplit()).isFalse();
    assertThat(submitted.number()).matches("\\d{4}-\\d{7}").isEqualTo(submitted.first().number());
    assertThat(siteBranchCities(submitted.first().id())).containsExactly("Saratov", "Saratov");
    assertThat(requestBranchCity(submitted.first().id())).isEqualTo("Saratov");
    assertThat(
            jdbc.queryForObject(
                "select channel from connection_request where id = ?",
                String.class,
                submitted.first().id()))
        .isEqualTo("ONLINE");
  }

  @Test
  void an_order_for_sites_of_two_branches_becomes_one_request_per_branch_with_only_its_sites() {
    CatalogBundle chain = bundle("RETAIL_CHAIN");
    var order = order(chain, saratov(), perm());

    var submitted = submission.submit(order);

    assertThat(submitted.requests()).hasSize(2);
    var saratovPart = submitted.requests().get(0);
    var permPart = submitted.requests().get(1);
    assertThat(submitted.number()).isEqualTo(saratovPart.number());
    assertThat(permPart.number()).matches("\\d{4}-\\d{7}").isNotEqualTo(saratovPart.number());
    assertThat(requestBranchCity(saratovPart.id())).isEqualTo("Saratov");
    assertThat(requestBranchCity(permPart.id())).isEqualTo("Perm");
    assertThat(siteBranchCities(saratovPart.id())).containsExactly("Saratov");
    assertThat(siteBranchCities(permPart.id())).containsExactly("Perm");
    assertThat(saratovPart.monthly()).isEqualTo(chain.monthlyPrice());
    assertThat(permPart.monthly()).isEqualTo(chain.monthlyPrice());
    assertThat(permPart.oneTime()).isEqualTo(chain.oneTimePrice());
    assertThat(
            jdbc.queryForList(
                """
                select order_number, order_part, order_parts, company_id, channel, status,
                  contact_email, desired_date, customer_comment
                from connection_request where id in (?, ?) order by order_part
                """,
                saratovPart.id(),
                permPart.id()))
        .extracting(
            r -> r.get("order_number"),
            r -> r.get("order_part"),
            r -> r.get("order_parts"),
            r -> r.get("channel"),
            r -> r.get("status"),
            r -> r.get("contact_email"),
            r -> r.get("customer_comment"))
        .containsExactly(
            tuple(submitted.number(), 1, 2, "ONLINE", "SUBMITTED", email, "Позвоните заранее"),
            tuple(submitted.number(), 2, 2, "ONLINE", "SUBMITTED", email, "Позвоните заранее"));
    assertThat(
            jdbc.queryForList(
                "select distinct company_id from connection_request where order_number = ?",
                Long.class,
                submitted.number()))
        .hasSize(1);
  }

  @Test
  void the_company_of_a_split_order_stays_at_home_in_its_first_sites_branch() {
    var order = order(bundle("RETAIL_CHAIN"), perm(), saratov());

    var submitted = submission.submit(order);

    assertThat(requestBranchCity(submitted.first().id())).isEqualTo("Perm");
    assertThat(
            jdbc.queryForObject(
                """
                select b.city_en from company c join branch b on b.id = c.home_branch_id
                where c.inn = ?
                """,
                String.class,
                order.company().inn()))
        .isEqualTo("Perm");
  }

  @Test
  void bundles_are_priced_from_the_catalog_with_their_discount() {
    CatalogBundle chain = bundle("RETAIL_CHAIN");
    var submitted = submission.submit(order(chain, saratov(), perm()));

    assertThat(chain.monthlyPrice()).isLessThan(chain.monthlyPriceOfParts());
    assertThat(submitted.monthly()).isEqualTo(chain.monthlyPrice().times(2));
    assertThat(submitted.oneTime()).isEqualTo(chain.oneTimePrice().times(2));
  }

  @Test
  void the_confirmation_mail_is_queued_with_the_submission() {
    var submitted = submission.submit(order(bundle("RETAIL_CHAIN"), saratov(), saratovKirova()));

    List<String> subjects =
        jdbc.queryForList(
            "select subject from outbox_message where recipient = ?", String.class, email);
    assertThat(subjects).containsExactly("Заявка " + submitted.number() + " принята");
  }

  @Test
  void a_split_order_is_confirmed_by_one_mail_that_lists_each_request_with_its_branch_and_sites() {
    var submitted = submission.submit(order(bundle("RETAIL_CHAIN"), saratov(), perm()));
    String saratovNumber = submitted.requests().get(0).number();
    String permNumber = submitted.requests().get(1).number();

    var mails =
        jdbc.queryForList("select subject, body from outbox_message where recipient = ?", email);

    assertThat(mails).hasSize(1);
    assertThat(mails.getFirst().get("subject"))
        .isEqualTo(
            "Заказ " + saratovNumber + " принят: заявки " + saratovNumber + ", " + permNumber);
    assertThat((String) mails.getFirst().get("body"))
        .contains("Заявка " + saratovNumber + " — Саратовский филиал\n• Саратов, Московская, 12к1")
        .contains("Заявка " + permNumber + " — Пермский филиал\n• г. Пермь, улица Ленина, 40")
        .contains("/my-orders/" + saratovNumber);
  }

  @Test
  void the_same_draft_submitted_twice_makes_one_request() {
    var order = order(bundle("RETAIL_CHAIN"), saratov(), saratovKirova());

    var first = submission.submit(order);
    var second = submission.submit(order);

    assertThat(second).isEqualTo(first);
    assertThat(requestsWithKey(order.idempotencyKey())).isEqualTo(1);
  }

  @Test
  void the_same_split_order_submitted_twice_returns_the_same_order_and_makes_nothing_more() {
    var order = order(bundle("RETAIL_CHAIN"), saratov(), perm());

    var first = submission.submit(order);
    var second = submission.submit(order);

    assertThat(second).isEqualTo(first);
    assertThat(second.requests()).hasSize(2);
    assertThat(requestsOfCompany(order)).isEqualTo(2);
    assertThat(requestsWithKey(order.idempotencyKey())).isEqualTo(1);
    assertThat(
            jdbc.queryForObject(
                "select count(*) from outbox_message where recipient = ?", Integer.class, email))
        .isEqualTo(1);
  }

  @Test
  void the_same_draft_submitted_from_two_threads_at_once_makes_one_request() throws Exception {
    var order = order(bundle("RETAIL_CHAIN"), saratov(), saratovKirova());
    var results = submitTwiceAtOnce(order);

    assertThat(results.get(1)).isEqualTo(results.get(0));
    assertThat(requestsWithKey(order.idempotencyKey())).isEqualTo(1);
  }

  @Test
  void the_same_split_order_submitted_from_two_threads_at_once_makes_one_order() throws Exception {
    var order = order(bundle("RETAIL_CHAIN"), saratov(), perm());
    var results = submitTwiceAtOnce(order);

    assertThat(results.get(1)).isEqualTo(results.get(0));
    assertThat(results.get(0).requests()).hasSize(2);
    assertThat(requestsOfCompany(order)).isEqualTo(2);
  }

  @Test
  void a_company_that_is_already_a_client_of_someone_else_is_refused_without_its_data() {
    String volgaInn =
        jdbc.queryForObject(
            "select inn from company where legal_name = 'ООО «Волга-Отель»'", String.class);
    var order =
        new ConnectionOrder(
            UUID.randomUUID().toString(),
            new CompanyPart("Чужая компания", volgaInn, "645001001"),
            contact(),
            List.of(saratov(bundle("OFFICE"))),
            inAWeek(),
            null,
            true);

    assertThatThrownBy(() -> submission.submit(order))
        .isInstanceOf(BusinessRuleViolation.class)
        .hasMessageContaining("order.error.companyNotYours")
        .hasMessageNotContaining("Волга");
  }

  @Test
  void the_customer_cancels_with_a_reason_and_is_told_by_mail_in_their_language() {
    var submitted = submission.submit(order(bundle("RETAIL_CHAIN"), saratov(), saratovKirova()));
    SignIn.as(customerUserDetailsService, email); // the session learns the new company

    var detail = requests.cancel(submitted.first().id(), "Передумали");

    assertThat(detail.status()).isEqualTo(RequestStatus.CANCELLED);
    assertThat(
            jdbc.queryForList(
                "select subject from outbox_message where recipient = ? order by id",
                String.class,
                email))
        .containsExactly(
            "Заявка " + submitted.number() + " принята",
            "Заявка " + submitted.number() + ": Отменена");
  }

  @Test
  void a_status_mail_of_one_request_of_a_split_order_names_the_order() {
    var submitted = submission.submit(order(bundle("RETAIL_CHAIN"), saratov(), perm()));
    SignIn.as(customerUserDetailsService, email);
    var permPart = submitted.requests().get(1);

    requests.cancel(permPart.id(), "Пермь откроем позже");

    var mail =
        jdbc.queryForMap(
            "select subject, body from outbox_message where recipient = ? order by id desc"
                + " limit 1",
            email);
    assertThat(mail.get("subject")).isEqualTo("Заявка " + permPart.number() + ": Отменена");
    assertThat((String) mail.get("body"))
        .contains(permPart.number() + " (часть 2 из 2 заказа " + submitted.number() + ")");
  }

  @Test
  void a_broken_bundle_rule_is_refused_by_the_server_too() {
    var order = order(bundle("RETAIL_CHAIN"), saratov());

    assertThatThrownBy(() -> submission.submit(order))
        .isInstanceOfSatisfying(
            OrderRefused.class,
            refused ->
                assertThat(refused.problems())
                    .extracting(OrderProblem::messageKey)
                    .contains("order.error.bundle.minSites"));
  }

  private List<SubmittedOrder> submitTwiceAtOnce(ConnectionOrder order) throws Exception {
    var start = new CountDownLatch(1);
    try (var pool = Executors.newFixedThreadPool(2)) {
      List<Future<SubmittedOrder>> results =
          List.of(
              pool.submit(() -> submitAfter(start, order)),
              pool.submit(() -> submitAfter(start, order)));
      start.countDown();
      return List.of(results.get(0).get(), results.get(1).get());
    }
  }

  private SubmittedOrder submitAfter(CountDownLatch start, ConnectionOrder order)
      throws InterruptedException {
    SignIn.as(customerUserDetailsService, email);
    try {
      start.await();
      return submission.submit(order);
    } finally {
      SignIn.out();
    }
  }

  private ConnectionOrder order(CatalogBundle bundle, SiteOrder... sites) {
    var withBundle = java.util.Arrays.stream(sites).map(s -> withBundle(s, bundle)).toList();
    String inn =
        Inn.withCheckDigits("64" + (1_000_000 + ThreadLocalRandom.current().nextInt(8_999_999)))
            .value();
    return new ConnectionOrder(
        UUID.randomUUID().toString(),
        new CompanyPart("ООО «Сеть магазинов " + inn + "»", inn, inn.substring(0, 4) + "01001"),
        contact(),
        withBundle,
        inAWeek(),
        "Позвоните заранее",
        true);
  }

  private ContactPart contact() {
    return new ContactPart("Анна Новикова", "8 (912) 345-67-89", email);
  }

  private LocalDate inAWeek() {
    return clock.instant().atOffset(ZoneOffset.UTC).toLocalDate().plusDays(7);
  }

  private static SiteOrder withBundle(SiteOrder site, CatalogBundle bundle) {
    return new SiteOrder(
        site.city(), site.street(), site.house(), site.premises(), bundle.id(), List.of());
  }

  private static SiteOrder saratov() {
    return new SiteOrder("Саратов", "Московская", "12к1", "офис 3", null, List.of());
  }

  private static SiteOrder saratov(CatalogBundle bundle) {
    return withBundle(saratov(), bundle);
  }

  private static SiteOrder saratovKirova() {
    return new SiteOrder("Саратов", "проспект Кирова", "5", null, null, List.of());
  }

  private static SiteOrder perm() {
    return new SiteOrder("г. Пермь", "улица Ленина", "40", null, null, List.of());
  }

  private CatalogBundle bundle(String code) {
    return catalog.bundles().stream().filter(b -> b.code().equals(code)).findFirst().orElseThrow();
  }

  private List<String> siteBranchCities(long requestId) {
    return jdbc.queryForList(
        """
        select b.city_en from request_line l join site s on s.id = l.site_id
        join branch b on b.id = s.branch_id where l.request_id = ? order by l.line_no
        """,
        String.class,
        requestId);
  }

  private String requestBranchCity(long requestId) {
    return jdbc.queryForObject(
        "select b.city_en from connection_request r join branch b on b.id = r.branch_id"
            + " where r.id = ?",
        String.class,
        requestId);
  }

  private int requestsOfCompany(ConnectionOrder order) {
    return jdbc.queryForObject(
        "select count(*) from connection_request r join company c on c.id = r.company_id"
            + " where c.inn = ?",
        Integer.class,
        order.company().inn());
  }

  private int requestsWithKey(String key) {
    return jdbc.queryForObject(
        "select count(*) from connection_request where idempotency_key = ?", Integer.class, key);
  }
}
