package com.onewindow.shared.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

/** The online wizard's submission: routing, pricing, one request per draft, the company rule. */
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
  void each_site_goes_to_the_branch_that_serves_its_address_and_the_request_to_the_first_sites() {
    var submitted = submission.submit(order(bundle("RETAIL_CHAIN"), saratov(), perm()));

    assertThat(submitted.number()).matches("\\d{4}-\\d{7}");
    assertThat(siteBranchCities(submitted.id())).containsExactly("Saratov", "Perm");
    assertThat(
            jdbc.queryForObject(
                "select b.city_en from connection_request r join branch b on b.id = r.branch_id where r.id = ?",
                String.class,
                submitted.id()))
        .isEqualTo("Saratov");
    assertThat(
            jdbc.queryForObject(
                "select channel from connection_request where id = ?",
                String.class,
                submitted.id()))
        .isEqualTo("ONLINE");
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
    var submitted = submission.submit(order(bundle("RETAIL_CHAIN"), saratov(), perm()));

    List<String> subjects =
        jdbc.queryForList(
            "select subject from outbox_message where recipient = ?", String.class, email);
    assertThat(subjects).containsExactly("Заявка " + submitted.number() + " принята");
  }

  @Test
  void the_same_draft_submitted_twice_makes_one_request() {
    var order = order(bundle("RETAIL_CHAIN"), saratov(), perm());

    var first = submission.submit(order);
    var second = submission.submit(order);

    assertThat(second.id()).isEqualTo(first.id());
    assertThat(requestsWithKey(order.idempotencyKey())).isEqualTo(1);
  }

  @Test
  void the_same_draft_submitted_from_two_threads_at_once_makes_one_request() throws Exception {
    var order = order(bundle("RETAIL_CHAIN"), saratov(), perm());
    var start = new CountDownLatch(1);
    try (var pool = Executors.newFixedThreadPool(2)) {
      List<Future<SubmittedRequest>> results =
          List.of(
              pool.submit(() -> submitAfter(start, order)),
              pool.submit(() -> submitAfter(start, order)));
      start.countDown();
      long firstId = results.get(0).get().id();
      long secondId = results.get(1).get().id();
      assertThat(secondId).isEqualTo(firstId);
    }
    assertThat(requestsWithKey(order.idempotencyKey())).isEqualTo(1);
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
    var submitted = submission.submit(order(bundle("RETAIL_CHAIN"), saratov(), perm()));
    SignIn.as(customerUserDetailsService, email); // the session learns the new company

    var detail = requests.cancel(submitted.id(), "Передумали");

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

  private SubmittedRequest submitAfter(CountDownLatch start, ConnectionOrder order)
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

  private int requestsWithKey(String key) {
    return jdbc.queryForObject(
        "select count(*) from connection_request where idempotency_key = ?", Integer.class, key);
  }
}
