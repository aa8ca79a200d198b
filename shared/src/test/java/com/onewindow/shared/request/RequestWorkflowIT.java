package com.onewindow.shared.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.onewindow.shared.SharedTestApplication;
import com.onewindow.shared.audit.AuditChange;
import com.onewindow.shared.common.BusinessRuleViolation;
import com.onewindow.shared.common.NotFoundException;
import com.onewindow.shared.company.Companies;
import com.onewindow.shared.inventory.ActiveServiceQueries;
import com.onewindow.shared.inventory.ActiveServiceView;
import com.onewindow.shared.testing.MutableClock;
import com.onewindow.shared.testing.SignedIn;
import com.onewindow.shared.testing.TestDatabase;
import com.onewindow.shared.testing.TestRequests;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

/** The technicians' workflow (B2, B3, B5, X5) through the service, per role and scope. */
@SpringBootTest(classes = SharedTestApplication.class)
@TestDatabase
class RequestWorkflowIT {

  @Autowired RequestWorkflowService workflow;
  @Autowired RequestDetailService details;
  @Autowired ActiveServiceQueries activeServices;
  @Autowired Companies companies;
  @Autowired TransactionTemplate transactions;
  @Autowired InstallSlots slots;
  @Autowired MutableClock clock;
  @Autowired ApplicationContext context;
  @Autowired JdbcTemplate jdbc;

  @Autowired
  @Qualifier("staffUserDetailsService")
  UserDetailsService staffUsers;

  TestRequests requests;
  SignedIn signedIn;

  /** The requests made here queue status mails; the shared context's other tests count mails. */
  @AfterEach
  void emptyTheOutbox() {
    jdbc.update("delete from outbox_message");
  }

  @BeforeEach
  void setUp() {
    requests = new TestRequests(context);
    signedIn = new SignedIn(staffUsers);
  }

  @Test
  void a_technician_takes_a_request_from_claim_to_activation_and_the_company_gets_its_services()
      throws Exception {
    var made = requests.submitted("SAR", Channel.ONLINE);
    var date = LocalDate.now(ZoneId.of("Europe/Saratov")).plusDays(30);

    signedIn.run(
        "tech.saratov",
        () -> {
          workflow.claim(made.id(), version(made));
          workflow.startSurvey(made.id(), version(made));
          workflow.recordSurvey(made.id(), version(made), true, "Кабель в подвале");
          workflow.schedule(made.id(), version(made), date, InstallWindow.MORNING);
          workflow.markInstalled(made.id(), version(made));
          workflow.activate(made.id(), version(made));
        });

    var done = signedIn.as("tech.saratov", () -> details.details(made.id()));
    assertThat(done.status()).isEqualTo(RequestStatus.ACTIVATED);
    assertThat(done.assigneeName()).isEqualTo("Жуков Павел Сергеевич");
    assertThat(done.timeline())
        .extracting(RequestDetails.TimelineEntry::type)
        .containsSubsequence(
            RequestEventType.SUBMITTED,
            RequestEventType.CLAIMED,
            RequestEventType.SURVEY_STARTED,
            RequestEventType.SURVEY_RECORDED,
            RequestEventType.SCHEDULED,
            RequestEventType.INSTALLED,
            RequestEventType.ACTIVATED);
    assertThat(done.audit())
        .extracting(a -> a.action())
        .containsExactly(
            "CLAIM", "START_SURVEY", "RECORD_SURVEY", "SCHEDULE", "MARK_INSTALLED", "ACTIVATE");
    assertThat(done.audit().getFirst().changes())
        .contains(new AuditChange("status", "SUBMITTED", "IN_REVIEW"));
    assertThat(done.audit())
        .allSatisfy(a -> assertThat(a.actorName()).isEqualTo("Жуков Павел Сергеевич"));
    List<ActiveServiceView> running =
        signedIn.as("tech.saratov", () -> activeServices.ofCompany(made.companyId()));
    assertThat(running).hasSize(1);
    java.util.Optional<java.time.Instant> cooperation =
        transactions.execute(
            tx -> companies.findById(made.companyId()).orElseThrow().cooperationStartedAt());
    assertThat(cooperation).isPresent();
  }

  @Test
  void a_technician_of_another_branch_cannot_open_or_act_on_the_request() throws Exception {
    var made = requests.submitted("SAR", Channel.ONLINE);

    signedIn.run(
        "tech.perm",
        () -> {
          assertThatExceptionOfType(NotFoundException.class)
              .isThrownBy(() -> details.details(made.id()));
          assertThatExceptionOfType(NotFoundException.class)
              .isThrownBy(() -> workflow.claim(made.id(), 1));
          assertThatExceptionOfType(NotFoundException.class)
              .isThrownBy(() -> activeServices.ofCompany(made.companyId()));
        });
    assertThat(signedIn.as("tech.saratov", () -> details.details(made.id())).status())
        .isEqualTo(RequestStatus.SUBMITTED);
  }

  @Test
  void staff_without_a_technical_role_may_look_but_not_take_workflow_steps() throws Exception {
    var made = requests.submitted("SAR", Channel.ONLINE);

    signedIn.run(
        "sales.saratov",
        () -> {
          var seen = details.details(made.id());
          assertThat(seen.allowedActions()).isEmpty();
          assertThatExceptionOfType(AccessDeniedException.class)
              .isThrownBy(() -> workflow.claim(made.id(), seen.version()));
        });
  }

  @Test
  void a_head_may_assign_and_cancel_but_not_claim() throws Exception {
    var made = requests.submitted("SAR", Channel.ONLINE);

    signedIn.run(
        "head.saratov",
        () -> {
          var seen = details.details(made.id());
          assertThat(seen.allowedActions())
              .containsExactlyInAnyOrder(RequestAction.ASSIGN, RequestAction.CANCEL);
          assertThatThrownBy(() -> workflow.claim(made.id(), seen.version()))
              .isInstanceOf(TransitionRefused.class);
          var technician = details.colleagues(made.id()).getFirst();
          workflow.assign(made.id(), seen.version(), technician.id());
        });
    assertThat(signedIn.as("tech.saratov", () -> details.details(made.id())).assigneeName())
        .isEqualTo("Жуков Павел Сергеевич");
  }

  @Test
  void an_action_on_a_version_somebody_else_has_changed_is_refused_and_names_them()
      throws Exception {
    var made = requests.submitted("SAR", Channel.ONLINE);
    long seen = signedIn.as("tech.saratov", () -> version(made));
    signedIn.run("tech.hq", () -> workflow.claim(made.id(), seen));

    signedIn.run(
        "tech.saratov",
        () ->
            assertThatExceptionOfType(RequestChangedMeanwhile.class)
                .isThrownBy(() -> workflow.claim(made.id(), seen))
                .satisfies(e -> assertThat(e.who()).isEqualTo("Егоров Максим Олегович")));
    var after = signedIn.as("tech.hq", () -> details.details(made.id()));
    assertThat(after.assigneeName()).isEqualTo("Егоров Максим Олегович");
    assertThat(after.timeline()).filteredOn(e -> e.type() == RequestEventType.CLAIMED).hasSize(1);
  }

  @Test
  void an_infeasible_survey_rejects_the_request_as_not_feasible() throws Exception {
    var made = requests.submitted("SAR", Channel.DIRECT);

    signedIn.run(
        "tech.saratov",
        () -> {
          workflow.claim(made.id(), version(made));
          workflow.startSurvey(made.id(), version(made));
          workflow.recordSurvey(made.id(), version(made), false, "Нет кабельной канализации");
        });

    var after = signedIn.as("tech.saratov", () -> details.details(made.id()));
    assertThat(after.status()).isEqualTo(RequestStatus.REJECTED);
    assertThat(after.rejectReason()).isEqualTo(RejectReason.NOT_FEASIBLE);
    // the audit keeps values, not words in one language: each screen translates them
    assertThat(after.audit())
        .filteredOn(a -> a.action().equals("RECORD_SURVEY"))
        .singleElement()
        .satisfies(
            a ->
                assertThat(a.changes())
                    .containsExactly(
                        new AuditChange("status", "SURVEY", "REJECTED"),
                        new AuditChange("surveyFeasible", null, "false"),
                        new AuditChange("rejectReason", null, "NOT_FEASIBLE"),
                        new AuditChange("text", null, "Нет кабельной канализации")));
  }

  @Test
  void a_full_installation_window_is_refused() throws Exception {
    var date = LocalDate.now(ZoneId.of("Europe/Saratov")).plusDays(60);
    for (int i = 0; i < slots.slotsPerWindow(); i++) {
      var booked = requests.submitted("SAR", Channel.ONLINE);
      signedIn.run(
          "tech.saratov",
          () -> {
            workflow.claim(booked.id(), version(booked));
            workflow.schedule(booked.id(), version(booked), date, InstallWindow.AFTERNOON);
          });
    }
    var one = requests.submitted("SAR", Channel.ONLINE);

    signedIn.run(
        "tech.saratov",
        () -> {
          workflow.claim(one.id(), version(one));
          assertThatExceptionOfType(BusinessRuleViolation.class)
              .isThrownBy(
                  () -> workflow.schedule(one.id(), version(one), date, InstallWindow.AFTERNOON))
              .returns("request.error.windowFull", BusinessRuleViolation::messageKey);
          workflow.schedule(one.id(), version(one), date, InstallWindow.MORNING);
        });
  }

  @Test
  void an_installation_date_in_the_past_is_refused() throws Exception {
    var made = requests.submitted("SAR", Channel.ONLINE);
    var yesterday = LocalDate.now(ZoneId.of("Europe/Saratov")).minusDays(1);

    signedIn.run(
        "tech.saratov",
        () -> {
          workflow.claim(made.id(), version(made));
          assertThatExceptionOfType(BusinessRuleViolation.class)
              .isThrownBy(
                  () ->
                      workflow.schedule(made.id(), version(made), yesterday, InstallWindow.MORNING))
              .returns("request.error.dateInPast", BusinessRuleViolation::messageKey);
        });
  }

  @Test
  void time_on_hold_does_not_count_against_the_sla() throws Exception {
    var made = requests.submitted("SAR", Channel.ONLINE);
    var start = clock.instant();
    try {
      signedIn.run(
          "tech.saratov",
          () -> {
            workflow.claim(made.id(), version(made));
            clock.advance(Duration.ofDays(9));
            workflow.putOnHold(made.id(), version(made), "Подписанный договор");
            clock.advance(Duration.ofDays(20));
            assertThat(details.details(made.id()).slaState()).isEqualTo(SlaState.PAUSED);
            workflow.resume(made.id(), version(made));
            clock.advance(Duration.ofHours(12));
            assertThat(details.details(made.id()).slaState()).isEqualTo(SlaState.ON_TRACK);
            clock.advance(Duration.ofDays(1));
            assertThat(details.details(made.id()).slaState()).isEqualTo(SlaState.OVERDUE);
          });
    } finally {
      clock.set(start);
    }
  }

  @Test
  void internal_notes_and_customer_messages_land_on_the_timeline_apart() throws Exception {
    var made = requests.submitted("SAR", Channel.ONLINE);

    signedIn.run(
        "tech.saratov",
        () -> {
          workflow.addInternalNote(made.id(), "Клиент просил звонить после обеда");
          workflow.postMessage(made.id(), "Пришлите, пожалуйста, схему помещения");
        });

    var after = signedIn.as("tech.saratov", () -> details.details(made.id()));
    assertThat(after.timeline())
        .filteredOn(e -> e.type() == RequestEventType.INTERNAL_NOTE)
        .singleElement()
        .returns(false, RequestDetails.TimelineEntry::customerVisible);
    assertThat(after.timeline())
        .filteredOn(e -> e.type() == RequestEventType.MESSAGE)
        .singleElement()
        .returns(true, RequestDetails.TimelineEntry::customerVisible);
    assertThat(after.audit())
        .extracting(a -> a.action())
        .containsExactly("INTERNAL_NOTE", "CUSTOMER_MESSAGE");
  }

  private long version(TestRequests.Made made) {
    return details.details(made.id()).version();
  }
}
