package com.onewindow.shared.request;

import static org.assertj.core.api.Assertions.assertThat;

import com.onewindow.shared.SharedTestApplication;
import com.onewindow.shared.testing.SignedIn;
import com.onewindow.shared.testing.TestDatabase;
import com.onewindow.shared.testing.TestRequests;
import java.util.ArrayList;
import java.util.List;
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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Two technicians claim the same request at the same moment, from two real threads against the real
 * database: both have looked at the same version, and both try to claim it at once.
 */
@SpringBootTest(classes = SharedTestApplication.class)
@TestDatabase
class ConcurrentClaimIT {

  @Autowired RequestWorkflowService workflow;
  @Autowired RequestDetailService details;
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
  void of_two_technicians_claiming_at_once_exactly_one_wins_and_the_other_is_told_who()
      throws Exception {
    var made = new TestRequests(context).submitted("SAR", Channel.ONLINE);
    var signedIn = new SignedIn(staffUsers);
    long seen = signedIn.as("tech.saratov", () -> details.details(made.id()).version());
    var bothReady = new CountDownLatch(2);
    var go = new CountDownLatch(1);
    ExecutorService threads = Executors.newFixedThreadPool(2);
    try {
      List<Future<String>> outcomes = new ArrayList<>();
      for (String technician : List.of("tech.saratov", "tech.hq")) {
        Callable<String> claim =
            () ->
                signedIn.as(
                    technician,
                    () -> {
                      bothReady.countDown();
                      go.await(10, TimeUnit.SECONDS);
                      try {
                        workflow.claim(made.id(), seen);
                        return "won";
                      } catch (RequestChangedMeanwhile lost) {
                        return "lost to " + lost.who();
                      }
                    });
        outcomes.add(threads.submit(claim));
      }
      assertThat(bothReady.await(10, TimeUnit.SECONDS)).isTrue();
      go.countDown();
      List<String> results = new ArrayList<>();
      for (Future<String> outcome : outcomes) {
        results.add(outcome.get(30, TimeUnit.SECONDS));
      }

      var after = signedIn.as("tech.hq", () -> details.details(made.id()));
      String winner = after.assigneeName();
      assertThat(results).containsExactlyInAnyOrder("won", "lost to " + winner);
      assertThat(after.timeline())
          .filteredOn(e -> e.type() == RequestEventType.CLAIMED)
          .singleElement()
          .returns(winner, RequestDetails.TimelineEntry::actorName);
      assertThat(after.audit()).filteredOn(a -> a.action().equals("CLAIM")).hasSize(1);
    } finally {
      threads.shutdownNow();
    }
  }
}
