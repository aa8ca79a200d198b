package com.onewindow.shared.request;

import static org.assertj.core.api.Assertions.assertThat;

import com.onewindow.shared.SharedTestApplication;
import com.onewindow.shared.testing.SignedIn;
import com.onewindow.shared.testing.TestDatabase;
import com.onewindow.shared.testing.TestRequests;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import org.junit.jupiter.api.AfterEach;
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
 * A scheduled visit is stored as a date and a window, and every reader gets it in their own words
 * and the branch's time zone: the staff timeline, the customer's timeline, the customer's mail.
 */
@SpringBootTest(classes = SharedTestApplication.class)
@TestDatabase
class ScheduledVisitIT {

  private static final ZoneId SARATOV = ZoneId.of("Europe/Saratov");

  @Autowired RequestWorkflowService workflow;
  @Autowired RequestDetailService details;
  @Autowired ConnectionRequests requests;
  @Autowired TransactionTemplate transactions;
  @Autowired ApplicationContext context;
  @Autowired JdbcTemplate jdbc;

  @Autowired
  @Qualifier("staffUserDetailsService")
  UserDetailsService staffUsers;

  /** The requests made here queue status mails; the shared context's other tests count mails. */
  @AfterEach
  void emptyTheOutbox() {
    jdbc.update("delete from outbox_message");
  }

  @Test
  void a_scheduled_visit_is_data_on_both_timelines_and_words_in_the_customers_mail()
      throws Exception {
    String email = "visit-" + System.nanoTime() + "@client.example";
    var made = new TestRequests(context).submitted("SAR", Channel.ONLINE, email);
    var date = LocalDate.of(LocalDate.now(SARATOV).getYear() + 1, 3, 17);
    var signedIn = new SignedIn(staffUsers);

    var staffView =
        signedIn.as(
            "tech.saratov",
            () -> {
              workflow.claim(made.id(), details.details(made.id()).version());
              workflow.schedule(
                  made.id(), details.details(made.id()).version(), date, InstallWindow.MORNING);
              return details.details(made.id());
            });

    var booked = new InstallVisit(date, InstallWindow.MORNING);
    assertThat(staffView.installVisit()).isEqualTo(booked);
    assertThat(staffView.timeline())
        .filteredOn(e -> e.type() == RequestEventType.SCHEDULED)
        .singleElement()
        .returns(booked, RequestDetails.TimelineEntry::visit)
        .returns(null, RequestDetails.TimelineEntry::text);
    var customerView =
        transactions.execute(
            tx -> CustomerRequestDetail.of(requests.findById(made.id()).orElseThrow(), false));
    assertThat(customerView.visit()).isEqualTo(booked);
    assertThat(customerView.timeline())
        .filteredOn(e -> e.type() == RequestEventType.SCHEDULED)
        .singleElement()
        .returns(booked, CustomerRequestDetail.TimelineEntry::visit);

    String mail =
        jdbc.queryForObject(
            "select body from outbox_message where recipient = ? and subject like ?",
            String.class,
            email,
            "%Монтаж назначен");
    assertThat(mail)
        // the JDK's Russian date puts a narrow no-break space before "г."
        .contains("17 марта " + date.getYear() + "\u202fг., Утро (9:00–13:00)")
        .contains("время филиала (Europe/Saratov)")
        .doesNotContain("MORNING");
  }

  @Test
  void a_visit_recorded_as_text_before_moves_to_its_columns_by_the_migrations_sql()
      throws Exception {
    var made = new TestRequests(context).submitted("SAR", Channel.ONLINE);
    jdbc.update(
        "insert into request_event (request_id, occurred_at, type, from_status, to_status,"
            + " actor_kind, actor_name, text, customer_visible)"
            + " values (?, current_timestamp, 'SCHEDULED', 'IN_REVIEW', 'SCHEDULED', 'SYSTEM',"
            + " 'OneWindow', '2026-12-01 AFTERNOON', true)",
        made.id());

    jdbc.update(migrationStatement("UPDATE request_event"));

    var moved =
        jdbc.queryForMap(
            "select visit_date, visit_window, text from request_event"
                + " where request_id = ? and type = 'SCHEDULED'",
            made.id());
    assertThat(moved.get("visit_date").toString()).isEqualTo("2026-12-01");
    assertThat(moved.get("visit_window")).isEqualTo("AFTERNOON");
    assertThat(moved.get("text")).isNull();
    // the row was a stand-in for an old database's; other tests read every request's timeline
    jdbc.update("delete from request_event where request_id = ? and type = 'SCHEDULED'", made.id());
  }

  /** The one statement of the visits migration that starts so, to run it again on a new row. */
  private static String migrationStatement(String start) throws Exception {
    String script =
        new ClassPathResource("db/migration/V42__structured_audit_changes_and_visits.sql")
            .getContentAsString(StandardCharsets.UTF_8)
            .replaceAll("(?m)^--.*$", "");
    return Arrays.stream(script.split(";"))
        .map(String::strip)
        .filter(s -> s.startsWith(start))
        .findFirst()
        .orElseThrow();
  }
}
