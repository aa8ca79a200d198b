package com.onewindow.shared.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Screens asking the same count at once share one load instead of each running it. */
class QueueCountsTest {

  private static final Map<RequestStatus, Long> SOME = Map.of(RequestStatus.SUBMITTED, 7L);
  private static final Map<RequestStatus, Long> OTHER = Map.of(RequestStatus.SUBMITTED, 3L);
  private static final QueueFilter ALL = QueueFilter.everything();

  private final QueueCounts counts = new QueueCounts();
  private final ExecutorService threads = Executors.newFixedThreadPool(3);
  private final AtomicInteger loads = new AtomicInteger();

  @AfterEach
  void stop() {
    threads.shutdownNow();
  }

  @Test
  void a_second_caller_for_the_same_count_waits_for_the_first_load() throws Exception {
    var firstStarted = new CountDownLatch(1);
    var firstMayFinish = new CountDownLatch(1);
    var first =
        CompletableFuture.supplyAsync(
            () ->
                counts.get(
                    null,
                    1L,
                    ALL,
                    () -> {
                      loads.incrementAndGet();
                      firstStarted.countDown();
                      await(firstMayFinish);
                      return SOME;
                    }),
            threads);
    assertThat(firstStarted.await(5, TimeUnit.SECONDS)).isTrue();

    var second =
        CompletableFuture.supplyAsync(
            () ->
                counts.get(
                    null,
                    2L,
                    ALL,
                    () -> {
                      loads.incrementAndGet();
                      return OTHER;
                    }),
            threads);
    Thread.sleep(300);
    assertThat(second).as("the second caller waits for the running load").isNotDone();

    firstMayFinish.countDown();
    assertThat(first.get(5, TimeUnit.SECONDS)).isEqualTo(SOME);
    assertThat(second.get(5, TimeUnit.SECONDS)).isEqualTo(SOME);
    assertThat(loads).hasValue(1);
  }

  @Test
  void different_counts_do_not_wait_for_each_other() throws Exception {
    var firstMayFinish = new CountDownLatch(1);
    var first =
        CompletableFuture.supplyAsync(
            () ->
                counts.get(
                    null,
                    1L,
                    ALL,
                    () -> {
                      await(firstMayFinish);
                      return SOME;
                    }),
            threads);

    // another branch's scope: a count of its own, not held up by the slow one
    assertThat(counts.get(5L, 1L, ALL, () -> OTHER)).isEqualTo(OTHER);

    firstMayFinish.countDown();
    assertThat(first.get(5, TimeUnit.SECONDS)).isEqualTo(SOME);
  }

  @Test
  void a_failed_load_is_not_remembered() {
    assertThatThrownBy(
            () ->
                counts.get(
                    null,
                    1L,
                    ALL,
                    () -> {
                      throw new IllegalStateException("database gone");
                    }))
        .isInstanceOf(IllegalStateException.class);

    assertThat(counts.get(null, 1L, ALL, () -> SOME)).isEqualTo(SOME);
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
