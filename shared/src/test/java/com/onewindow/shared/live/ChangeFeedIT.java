package com.onewindow.shared.live;

import static org.assertj.core.api.Assertions.assertThat;

import com.onewindow.shared.SharedTestApplication;
import com.onewindow.shared.testing.TestDatabase;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.core.Ordered;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A change written in one transaction reaches the in-process listeners once, after commit. The
 * scheduled poller runs too, on its own thread, so the test listens on every thread.
 */
@SpringBootTest(classes = SharedTestApplication.class)
@TestDatabase
class ChangeFeedIT {

  @Autowired ChangeFeed feed;
  @Autowired ChangeFeedPoller poller;
  @Autowired TransactionTemplate transactions;
  @Autowired ConfigurableApplicationContext context;

  final List<LiveChange> received = new CopyOnWriteArrayList<>();
  ApplicationListener<PayloadApplicationEvent<LiveChange>> listener;

  @BeforeEach
  void listen() {
    listener = ApplicationListener.forPayload(received::add);
    context.addApplicationListener(listener);
  }

  @AfterEach
  void stopListening() {
    context.removeApplicationListener(listener);
  }

  @Test
  void a_committed_change_is_published_once_by_the_poller() {
    transactions.executeWithoutResult(s -> feed.publish(LiveChange.Topic.REQUEST, 4242L, 7L, 9L));

    poller.poll();
    poller.poll();

    assertThat(received.stream().filter(c -> c.subjectId() == 4242L))
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.topic()).isEqualTo(LiveChange.Topic.REQUEST);
              assertThat(c.branchId()).isEqualTo(7L);
              assertThat(c.companyId()).isEqualTo(9L);
            });
  }

  /** Runs before the other listeners and fails, as a screen closed mid-delivery would. */
  static final class Failing
      implements ApplicationListener<PayloadApplicationEvent<LiveChange>>, Ordered {
    @Override
    public void onApplicationEvent(PayloadApplicationEvent<LiveChange> event) {
      throw new IllegalStateException("screen gone");
    }

    @Override
    public int getOrder() {
      return Ordered.HIGHEST_PRECEDENCE;
    }
  }

  @Test
  void a_failing_listener_keeps_the_change_from_neither_the_others_nor_the_later_changes() {
    var failing = new Failing();
    context.addApplicationListener(failing);
    try {
      transactions.executeWithoutResult(
          s -> {
            feed.publish(LiveChange.Topic.REQUEST, 4444L, 7L, 9L);
            feed.publish(LiveChange.Topic.REQUEST, 4445L, 7L, 9L);
          });

      poller.poll();
    } finally {
      context.removeApplicationListener(failing);
    }

    assertThat(received).extracting(LiveChange::subjectId).contains(4444L, 4445L);
  }

  @Test
  void a_rolled_back_change_is_never_published() {
    transactions.executeWithoutResult(
        s -> {
          feed.publish(LiveChange.Topic.REQUEST, 4343L, 7L, 9L);
          s.setRollbackOnly();
        });

    poller.poll();

    assertThat(received).noneMatch(c -> c.subjectId() == 4343L);
  }
}
