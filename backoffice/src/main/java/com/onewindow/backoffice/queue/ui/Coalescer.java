package com.onewindow.backoffice.queue.ui;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Runs an action at most once per interval however often it is asked to: the first request of a
 * quiet spell runs at once, the requests that follow within the interval are folded into one run at
 * its end, so the last change is never lost. A burst of a hundred live changes thus costs the queue
 * two refreshes, not a hundred.
 */
final class Coalescer {

  /** Runs a task once after a delay (a real timer in the app, a hand-driven one in tests). */
  @FunctionalInterface
  interface Timer {
    void runLater(Runnable task, Duration delay);
  }

  private final Duration interval;
  private final Clock clock;
  private final Timer timer;
  private final Runnable action;
  private @Nullable Instant lastRun;
  private boolean pending;
  private boolean stopped;

  Coalescer(Duration interval, Clock clock, Timer timer, Runnable action) {
    this.interval = interval;
    this.clock = clock;
    this.timer = timer;
    this.action = action;
  }

  /** Asks for a run: now if none ran within the interval, else once when the interval is over. */
  void request() {
    Duration wait;
    synchronized (this) {
      if (stopped || pending) {
        return;
      }
      Instant now = clock.instant();
      Instant due = lastRun == null ? now : lastRun.plus(interval);
      // a clock set back must not hold the refresh for longer than one interval
      wait = due.isAfter(now) ? min(Duration.between(now, due), interval) : Duration.ZERO;
      pending = true;
    }
    if (wait.isZero()) {
      fire();
    } else {
      timer.runLater(this::fire, wait);
    }
  }

  /** No more runs, also none already waiting (the screen is gone). */
  synchronized void stop() {
    stopped = true;
  }

  private void fire() {
    synchronized (this) {
      pending = false;
      if (stopped) {
        return;
      }
      lastRun = clock.instant();
    }
    action.run();
  }

  private static Duration min(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }
}
