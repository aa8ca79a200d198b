package com.onewindow.shared.request;

import static org.assertj.core.api.Assertions.assertThat;

import com.onewindow.shared.SharedTestApplication;
import com.onewindow.shared.testing.SignedIn;
import com.onewindow.shared.testing.TestDatabase;
import com.onewindow.shared.testing.TestRequests;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What a survey, a rejection and a hold decided stands on both timelines as values, saved and read
 * back from the database; the customer's side and mail leave out the survey's internal notes.
 */
@SpringBootTest(classes = SharedTestApplication.class)
@TestDatabase
class StepDecisionsIT {

  @Autowired RequestWorkflowService workflow;
  @Autowired RequestDetailService details;
  @Autowired ConnectionRequests requests;
  @Autowired TransactionTemplate transactions;
  @Autowired ApplicationContext context;
  @Autowired JdbcTemplate jdbc;

  @Autowired
  @Qualifier("staffUserDetailsService")
  UserDetailsService staffUsers;

  SignedIn signedIn;

  @BeforeEach
  void setUp() {
    signedIn = new SignedIn(staffUsers);
  }

  /** The requests made here queue status mails; the shared context's other tests count mails. */
  @AfterEach
  void emptyTheOutbox() {
    jdbc.update("delete from outbox_message");
  }

  @Test
  void a_surveys_result_and_a_rejections_reason_stand_on_the_staff_timeline() throws Exception {
    var made = new TestRequests(context).submitted("SAR", Channel.ONLINE);

    var after =
        signedIn.as(
            "tech.saratov",
            () -> {
              workflow.claim(made.id(), version(made));
              workflow.startSurvey(made.id(), version(made));
              workflow.recordSurvey(made.id(), version(made), true, "Кабель через подвал, 40 м");
              workflow.reject(
                  made.id(), version(made), RejectReason.DUPLICATE, "Уже подана как 2026-0000042");
              return details.details(made.id());
            });

    assertThat(after.timeline())
        .filteredOn(e -> e.type() == RequestEventType.SURVEY_RECORDED)
        .singleElement()
        .returns(true, RequestDetails.TimelineEntry::surveyFeasible)
        .returns("Кабель через подвал, 40 м", RequestDetails.TimelineEntry::text)
        .returns(null, RequestDetails.TimelineEntry::rejectReason);
    assertThat(after.timeline())
        .filteredOn(e -> e.type() == RequestEventType.REJECTED)
        .singleElement()
        .returns(RejectReason.DUPLICATE, RequestDetails.TimelineEntry::rejectReason)
        .returns("Уже подана как 2026-0000042", RequestDetails.TimelineEntry::text)
        .returns(null, RequestDetails.TimelineEntry::surveyFeasible);
  }

  @Test
  void the_customer_reads_the_result_and_the_reason_but_not_the_surveys_notes() throws Exception {
    String email = "decisions-" + System.nanoTime() + "@client.example";
    var made = new TestRequests(context).submitted("SAR", Channel.ONLINE, email);

    signedIn.run(
        "tech.saratov",
        () -> {
          workflow.claim(made.id(), version(made));
          workflow.startSurvey(made.id(), version(made));
          workflow.recordSurvey(made.id(), version(made), true, "Кабель через подвал, 40 м");
          workflow.reject(
              made.id(), version(made), RejectReason.DUPLICATE, "Уже подана как 2026-0000042");
        });

    var customerView = customerView(made);
    assertThat(customerView.timeline())
        .filteredOn(e -> e.type() == RequestEventType.SURVEY_RECORDED)
        .singleElement()
        .returns(true, CustomerRequestDetail.TimelineEntry::surveyFeasible)
        .returns(null, CustomerRequestDetail.TimelineEntry::text);
    assertThat(customerView.timeline())
        .filteredOn(e -> e.type() == RequestEventType.REJECTED)
        .singleElement()
        .returns(RejectReason.DUPLICATE, CustomerRequestDetail.TimelineEntry::rejectReason)
        .returns("Уже подана как 2026-0000042", CustomerRequestDetail.TimelineEntry::text);
    assertThat(customerView.timeline())
        .extracting(CustomerRequestDetail.TimelineEntry::text)
        .doesNotContain("Кабель через подвал, 40 м");
    String mail = statusMail(email, "%Отклонена");
    assertThat(mail)
        .contains("Причина: Дубликат.\nУже подана как 2026-0000042")
        .doesNotContain("DUPLICATE")
        .doesNotContain("Кабель через подвал");
  }

  @Test
  void an_infeasible_survey_tells_the_customer_the_reason_and_the_notes_as_its_explanation()
      throws Exception {
    String email = "infeasible-" + System.nanoTime() + "@client.example";
    var made = new TestRequests(context).submitted("SAR", Channel.ONLINE, email);

    signedIn.run(
        "tech.saratov",
        () -> {
          workflow.claim(made.id(), version(made));
          workflow.startSurvey(made.id(), version(made));
          workflow.recordSurvey(made.id(), version(made), false, "Нет кабельной канализации");
        });

    var customerView = customerView(made);
    assertThat(customerView.timeline())
        .filteredOn(e -> e.type() == RequestEventType.REJECTED)
        .singleElement()
        .returns(RejectReason.NOT_FEASIBLE, CustomerRequestDetail.TimelineEntry::rejectReason)
        .returns("Нет кабельной канализации", CustomerRequestDetail.TimelineEntry::text);
    assertThat(statusMail(email, "%Отклонена"))
        .contains("Причина: Подключение невозможно.\nНет кабельной канализации");
  }

  @Test
  void a_hold_tells_the_customer_what_is_awaited_on_the_timeline_and_in_the_mail()
      throws Exception {
    String email = "hold-" + System.nanoTime() + "@client.example";
    var made = new TestRequests(context).submitted("SAR", Channel.ONLINE, email);

    signedIn.run(
        "tech.saratov",
        () -> {
          workflow.claim(made.id(), version(made));
          workflow.putOnHold(made.id(), version(made), "Копию договора аренды");
        });

    var customerView = customerView(made);
    assertThat(customerView.timeline())
        .filteredOn(e -> e.type() == RequestEventType.PUT_ON_HOLD)
        .singleElement()
        .returns("Копию договора аренды", CustomerRequestDetail.TimelineEntry::text);
    assertThat(statusMail(email, "%Ожидает клиента"))
        .contains("Что нужно от вас: Копию договора аренды");
  }

  @Test
  void results_and_reasons_recorded_before_move_to_the_timeline_by_the_migrations_sql()
      throws Exception {
    var made = new TestRequests(context).submitted("SAR", Channel.ONLINE);
    signedIn.run(
        "tech.saratov",
        () -> {
          workflow.claim(made.id(), version(made));
          workflow.startSurvey(made.id(), version(made));
          workflow.recordSurvey(made.id(), version(made), false, "Нет кабельной канализации");
        });
    // as a database before V45 had them: the request knows, its timeline entries do not
    jdbc.update(
        "update request_event set survey_feasible = null, reject_reason = null"
            + " where request_id = ?",
        made.id());

    for (String statement : migrationStatements("UPDATE request_event")) {
      jdbc.update(statement + " AND request_id = ?", made.id());
    }

    var after = signedIn.as("tech.saratov", () -> details.details(made.id()));
    assertThat(after.timeline())
        .filteredOn(e -> e.type() == RequestEventType.SURVEY_RECORDED)
        .singleElement()
        .returns(false, RequestDetails.TimelineEntry::surveyFeasible);
    assertThat(after.timeline())
        .filteredOn(e -> e.type() == RequestEventType.REJECTED)
        .singleElement()
        .returns(RejectReason.NOT_FEASIBLE, RequestDetails.TimelineEntry::rejectReason);
  }

  /** The request as its customer sees it in the portal. */
  private CustomerRequestDetail customerView(TestRequests.Made made) {
    return transactions.execute(
        tx -> CustomerRequestDetail.of(requests.findById(made.id()).orElseThrow(), false));
  }

  private String statusMail(String email, String subjectLike) {
    return jdbc.queryForObject(
        "select body from outbox_message where recipient = ? and subject like ?",
        String.class,
        email,
        subjectLike);
  }

  private long version(TestRequests.Made made) {
    return details.details(made.id()).version();
  }

  /** The statements of the migration that start so, to run them again on one request's rows. */
  private static List<String> migrationStatements(String start) throws Exception {
    String script =
        new ClassPathResource("db/migration/V45__timeline_survey_result_and_reject_reason.sql")
            .getContentAsString(StandardCharsets.UTF_8)
            .replaceAll("(?m)^--.*$", "");
    return Arrays.stream(script.split(";"))
        .map(String::strip)
        .filter(s -> s.startsWith(start))
        .toList();
  }
}
