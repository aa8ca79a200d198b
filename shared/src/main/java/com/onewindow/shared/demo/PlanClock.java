package com.onewindow.shared.demo;

import java.time.Duration;
import java.time.Instant;

/**
 * The simulated time of one demo request: each step of its lifecycle happens a while after the
 * last, but never after now.
 */
final class PlanClock {

  private final Instant now;
  private Instant time;

  PlanClock(Instant start, Instant now) {
    this.now = now;
    this.time = start.isAfter(now) ? now : start;
  }

  Instant time() {
    return time;
  }

  /** Moves on by a number of minutes between the two given, and tells the new time. */
  Instant after(DemoWorld world, int minMinutes, int maxMinutes) {
    return moveTo(time.plus(Duration.ofMinutes(world.between(minMinutes, maxMinutes))));
  }

  /** Moves to the given time if it is later than now's simulated time, but not past now. */
  Instant moveTo(Instant target) {
    if (target.isAfter(time)) {
      time = target.isAfter(now) ? now : target;
    }
    return time;
  }
}
