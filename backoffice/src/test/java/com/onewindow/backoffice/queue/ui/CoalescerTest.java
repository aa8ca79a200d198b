package com.onewindow.backoffice.queue.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The queue's live refreshes, with a hand-moved clock and a hand-driven timer. */
class CoalescerTest {

  private static final Duration INTERVAL = Duration.ofSeconds(1);

  private Instant now = Instant.parse("2026-03-02T07:00:00Z");
  private final List<Runnable> waiting = new ArrayList<>();
  private final List<Duration> delays = new ArrayList<>();
  private int runs;

  private final Coalescer coalescer =
      new Coalescer(
          INTERVAL,
          new Clock() {
            @Override
            public ZoneOffset getZone() {
              return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
              return this;
            }

            @Override
            public Instant instant() {
              return now;
            }
          },
          (task, delay) -> {
            waiting.add(task);
            delays.add(delay);
          },
          () -> runs++);

  private void after(long millis) {
    now = now.plusMillis(millis);
  }

  private void timerFires() {
    var due = List.copyOf(waiting);
    waiting.clear();
    due.forEach(Runnable::run);
  }

  @Test
  void the_first_change_of_a_quiet_spell_refreshes_at_once() {
    coalescer.request();

    assertThat(runs).isEqualTo(1);
    assertThat(waiting).isEmpty();
  }

  @Test
  void a_burst_of_changes_refreshes_once_at_once_and_once_when_the_interval_is_over() {
    coalescer.request();
    for (int i = 0; i < 100; i++) {
      after(5);
      coalescer.request();
    }

    assertThat(runs).isEqualTo(1);
    assertThat(waiting).hasSize(1);
    assertThat(delays).containsExactly(Duration.ofMillis(995));

    after(995);
    timerFires();
    assertThat(runs).isEqualTo(2);
    assertThat(waiting).isEmpty();
  }

  @Test
  void changes_keep_coming_and_the_queue_refreshes_once_per_interval() {
    for (int second = 0; second < 10; second++) {
      for (int i = 0; i < 10; i++) {
        coalescer.request();
        after(100);
      }
      timerFires();
    }

    assertThat(runs).isBetween(10, 11);
  }

  @Test
  void a_change_after_a_quiet_interval_refreshes_at_once_again() {
    coalescer.request();
    after(1500);
    coalescer.request();

    assertThat(runs).isEqualTo(2);
    assertThat(waiting).isEmpty();
  }

  @Test
  void a_clock_set_back_delays_a_refresh_by_one_interval_at_most() {
    coalescer.request();
    after(-3_600_000);
    coalescer.request();

    assertThat(delays).containsExactly(INTERVAL);
  }

  @Test
  void a_stopped_coalescer_runs_nothing_more_not_even_what_was_waiting() {
    coalescer.request();
    coalescer.request();
    coalescer.stop();
    timerFires();
    coalescer.request();

    assertThat(runs).isEqualTo(1);
  }
}
