package com.onewindow.backoffice.queue.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.onewindow.shared.request.RequestStatus;
import com.vaadin.flow.server.Command;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The queue's counts load on a thread of their own, as the signed-in user, and reach the screen
 * only if no newer filter asked meanwhile. The screen's {@code ui.access} is stood in by running
 * the command where it arrives: what is tested is the loading, not Vaadin.
 */
class CountsInBackgroundTest {

  private static final Map<RequestStatus, Long> SOME = Map.of(RequestStatus.SUBMITTED, 7L);
  private static final Map<RequestStatus, Long> OTHER = Map.of(RequestStatus.SUBMITTED, 3L);

  private final CountsInBackground background = new CountsInBackground();
  private final List<Map<RequestStatus, Long>> shown = new CopyOnWriteArrayList<>();
  private final AtomicInteger failures = new AtomicInteger();
  private final CountsInBackground.Loader loader = background.forScreen(Command::execute);

  @AfterEach
  void stop() {
    background.stop();
    SecurityContextHolder.clearContext();
  }

  @Test
  void loading_returns_before_a_slow_count_is_done_and_shows_it_when_it_is() throws Exception {
    var countMayFinish = new CountDownLatch(1);
    var shownOnce = new CountDownLatch(1);

    loader.load(
        () -> {
          await(countMayFinish);
          return SOME;
        },
        counts -> {
          shown.add(counts);
          shownOnce.countDown();
        },
        () -> failures.incrementAndGet());

    assertThat(shown).as("nothing shown while the count runs").isEmpty();
    countMayFinish.countDown();
    assertThat(shownOnce.await(5, TimeUnit.SECONDS)).isTrue();
    assertThat(shown).containsExactly(SOME);
  }

  @Test
  void the_count_runs_as_the_user_who_asked() throws Exception {
    var user = new TestingAuthenticationToken("tech.hq", "n/a", "ROLE_TECHNICIAN");
    SecurityContextHolder.getContext().setAuthentication(user);
    var countedAs = new AtomicReference<Authentication>();
    var done = new CountDownLatch(1);

    loader.load(
        () -> {
          countedAs.set(SecurityContextHolder.getContext().getAuthentication());
          return SOME;
        },
        counts -> done.countDown(),
        () -> failures.incrementAndGet());

    assertThat(done.await(5, TimeUnit.SECONDS)).isTrue();
    assertThat(countedAs.get()).isNotNull().returns("tech.hq", Authentication::getName);
  }

  @Test
  void a_count_overtaken_by_a_newer_filter_is_dropped() throws Exception {
    var olderMayFinish = new CountDownLatch(1);
    var olderStarted = new CountDownLatch(1);
    var olderDone = new CountDownLatch(1);
    var newerShown = new CountDownLatch(1);

    loader.load(
        () -> {
          olderStarted.countDown();
          await(olderMayFinish);
          olderDone.countDown();
          return SOME;
        },
        shown::add,
        () -> failures.incrementAndGet());
    assertThat(olderStarted.await(5, TimeUnit.SECONDS)).isTrue();
    loader.load(
        () -> OTHER,
        counts -> {
          shown.add(counts);
          newerShown.countDown();
        },
        () -> failures.incrementAndGet());
    // the newer count waits for the older one to finish (one count per screen at a time)
    olderMayFinish.countDown();
    assertThat(olderDone.await(5, TimeUnit.SECONDS)).isTrue();
    assertThat(newerShown.await(5, TimeUnit.SECONDS)).isTrue();
    Thread.sleep(200);

    assertThat(shown).containsExactly(OTHER);
  }

  @Test
  void a_failed_count_tells_the_screen_and_the_next_load_tries_again() throws Exception {
    var toldOfFailure = new CountDownLatch(1);

    loader.load(
        () -> {
          throw new IllegalStateException("database gone");
        },
        shown::add,
        toldOfFailure::countDown);

    assertThat(toldOfFailure.await(5, TimeUnit.SECONDS))
        .as("the screen hears the count failed instead of waiting for ever")
        .isTrue();
    assertThat(shown).isEmpty();

    var shownOnce = new CountDownLatch(1);
    loader.load(
        () -> SOME,
        counts -> {
          shown.add(counts);
          shownOnce.countDown();
        },
        () -> failures.incrementAndGet());
    assertThat(shownOnce.await(5, TimeUnit.SECONDS)).isTrue();
    assertThat(shown).containsExactly(SOME);
  }

  @Test
  void a_failure_overtaken_by_a_newer_filter_is_not_reported() throws Exception {
    var olderMayFail = new CountDownLatch(1);
    var olderStarted = new CountDownLatch(1);
    var newerShown = new CountDownLatch(1);

    loader.load(
        () -> {
          olderStarted.countDown();
          await(olderMayFail);
          throw new IllegalStateException("database gone");
        },
        shown::add,
        () -> failures.incrementAndGet());
    assertThat(olderStarted.await(5, TimeUnit.SECONDS)).isTrue();
    loader.load(
        () -> OTHER,
        counts -> {
          shown.add(counts);
          newerShown.countDown();
        },
        () -> failures.incrementAndGet());
    olderMayFail.countDown();

    assertThat(newerShown.await(5, TimeUnit.SECONDS)).isTrue();
    assertThat(failures).hasValue(0);
    assertThat(shown).containsExactly(OTHER);
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Test
  void a_screen_runs_one_count_at_a_time_and_of_those_asked_meanwhile_only_the_latest()
      throws Exception {
    var running = new AtomicInteger();
    var mostAtOnce = new AtomicInteger();
    var firstMayFinish = new CountDownLatch(1);
    var firstStarted = new CountDownLatch(1);
    var latestShown = new CountDownLatch(1);
    List<String> counted = new CopyOnWriteArrayList<>();

    loader.load(
        counting("first", counted, running, mostAtOnce, firstStarted, firstMayFinish),
        shown::add,
        () -> failures.incrementAndGet());
    assertThat(firstStarted.await(5, TimeUnit.SECONDS)).isTrue();
    loader.load(
        counting("second", counted, running, mostAtOnce, null, null),
        shown::add,
        () -> failures.incrementAndGet());
    loader.load(
        counting("third", counted, running, mostAtOnce, null, null),
        counts -> {
          shown.add(counts);
          latestShown.countDown();
        },
        () -> failures.incrementAndGet());
    Thread.sleep(200);
    assertThat(counted).as("nothing else counts while the first runs").containsExactly("first");

    firstMayFinish.countDown();
    assertThat(latestShown.await(5, TimeUnit.SECONDS)).isTrue();
    Thread.sleep(100);

    assertThat(counted).containsExactly("first", "third");
    assertThat(mostAtOnce).hasValue(1);
    assertThat(shown).containsExactly(OTHER);
  }

  private static Supplier<Map<RequestStatus, Long>> counting(
      String name,
      List<String> counted,
      AtomicInteger running,
      AtomicInteger mostAtOnce,
      @Nullable CountDownLatch started,
      @Nullable CountDownLatch mayFinish) {
    return () -> {
      counted.add(name);
      mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
      if (started != null) {
        started.countDown();
      }
      if (mayFinish != null) {
        await(mayFinish);
      }
      running.decrementAndGet();
      return name.equals("first") ? SOME : OTHER;
    };
  }
}
