package com.onewindow.shared.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.onewindow.shared.SharedTestApplication;
import com.onewindow.shared.common.BusinessRuleViolation;
import com.onewindow.shared.testing.SignedIn;
import com.onewindow.shared.testing.TestDatabase;
import com.onewindow.shared.testing.TestRequests;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * More technicians than a window has crews schedule different requests into the same branch, date
 * and window at the same moment, from real threads against the real database: exactly the window's
 * capacity is booked, and everybody else is told in plain words that the window is full.
 */
@SpringBootTest(classes = SharedTestApplication.class)
@TestDatabase
class ConcurrentSchedulingIT {

  private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

  @Autowired RequestWorkflowService workflow;
  @Autowired RequestDetailService details;
  @Autowired InstallSlots slots;
  @Autowired MessageSource messages;
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
  void racing_technicians_book_exactly_the_capacity_and_the_rest_hear_the_window_is_full()
      throws Exception {
    int capacity = slots.slotsPerWindow();
    int racers = capacity + 2;
    // a date no other test books into, so the window starts empty
    var date = LocalDate.now(ZoneId.of("Europe/Saratov")).plusDays(200);
    var signedIn = new SignedIn(staffUsers);
    var made = new ArrayList<TestRequests.Made>();
    var seen = new ArrayList<Long>();
    for (int i = 0; i < racers; i++) {
      var request = new TestRequests(context).submitted("SAR", Channel.ONLINE);
      made.add(request);
      seen.add(
          signedIn.as(
              "tech.saratov",
              () -> {
                workflow.claim(request.id(), details.details(request.id()).version());
                return details.details(request.id()).version();
              }));
    }

    var allReady = new CountDownLatch(racers);
    var go = new CountDownLatch(1);
    ExecutorService threads = Executors.newFixedThreadPool(racers);
    try {
      List<Future<String>> outcomes = new ArrayList<>();
      for (int i = 0; i < racers; i++) {
        long id = made.get(i).id();
        long version = seen.get(i);
        String technician = i % 2 == 0 ? "tech.saratov" : "tech.hq";
        Callable<String> schedule =
            () ->
                signedIn.as(
                    technician,
                    () -> {
                      allReady.countDown();
                      go.await(10, TimeUnit.SECONDS);
                      try {
                        workflow.schedule(id, version, date, InstallWindow.AFTERNOON);
                        return "booked";
                      } catch (BusinessRuleViolation refused) {
                        return messages.getMessage(
                            refused.messageKey(), refused.arguments(), RUSSIAN);
                      }
                    });
        outcomes.add(threads.submit(schedule));
      }
      assertThat(allReady.await(20, TimeUnit.SECONDS)).isTrue();
      go.countDown();
      List<String> results = new ArrayList<>();
      for (Future<String> outcome : outcomes) {
        results.add(outcome.get(60, TimeUnit.SECONDS));
      }

      String full =
          "На "
              + date
              + " в окно «День (13:00–18:00)» свободных бригад нет:"
              + " выберите другую дату или окно.";
      assertThat(results).filteredOn("booked"::equals).hasSize(capacity);
      assertThat(results).filteredOn(r -> !r.equals("booked")).hasSize(2).containsOnly(full);
      var statuses =
          signedIn.as(
              "tech.hq", () -> made.stream().map(m -> details.details(m.id()).status()).toList());
      assertThat(statuses).filteredOn(s -> s == RequestStatus.SCHEDULED).hasSize(capacity);
      assertThat(statuses).filteredOn(s -> s == RequestStatus.IN_REVIEW).hasSize(2);
    } finally {
      threads.shutdownNow();
    }
  }

  @Autowired WindowCapacity capacity;
  @Autowired TransactionTemplate transactions;

  @Test
  void the_window_lock_row_is_made_in_the_booking_transaction_not_beside_it() throws Exception {
    var date = LocalDate.now(ZoneId.of("Europe/Saratov")).plusDays(210);
    long branchId = jdbc.queryForObject("select id from branch where code = 'SAR'", Long.class);

    transactions.executeWithoutResult(
        tx -> {
          capacity.holdFreeSlot(branchId, date, InstallWindow.MORNING);
          tx.setRollbackOnly();
        });

    // a row made on a second connection of its own would outlive the booking that rolled back
    assertThat(
            jdbc.queryForObject(
                "select count(*) from install_window_lock"
                    + " where branch_id = ? and install_date = ? and install_window = 'MORNING'",
                Integer.class,
                branchId,
                java.sql.Date.valueOf(date)))
        .isZero();

    transactions.executeWithoutResult(
        tx -> capacity.holdFreeSlot(branchId, date, InstallWindow.MORNING));
    assertThat(
            jdbc.queryForObject(
                "select count(*) from install_window_lock"
                    + " where branch_id = ? and install_date = ? and install_window = 'MORNING'",
                Integer.class,
                branchId,
                java.sql.Date.valueOf(date)))
        .isOne();
  }

  @Test
  void a_request_that_cannot_be_scheduled_hears_why_even_when_the_window_is_full()
      throws Exception {
    var date = LocalDate.now(ZoneId.of("Europe/Saratov")).plusDays(220);
    var signedIn = new SignedIn(staffUsers);
    for (int i = 0; i < slots.slotsPerWindow(); i++) {
      var booked = new TestRequests(context).submitted("SAR", Channel.ONLINE);
      signedIn.as(
          "tech.saratov",
          () -> {
            workflow.claim(booked.id(), details.details(booked.id()).version());
            workflow.schedule(
                booked.id(), details.details(booked.id()).version(), date, InstallWindow.AFTERNOON);
            return null;
          });
    }
    // submitted, not yet claimed: the lifecycle does not allow scheduling it
    var unclaimed = new TestRequests(context).submitted("SAR", Channel.ONLINE);

    assertThatThrownBy(
            () ->
                signedIn.as(
                    "tech.saratov",
                    () -> {
                      workflow.schedule(
                          unclaimed.id(),
                          details.details(unclaimed.id()).version(),
                          date,
                          InstallWindow.AFTERNOON);
                      return null;
                    }))
        .isInstanceOf(TransitionRefused.class);
  }
}
