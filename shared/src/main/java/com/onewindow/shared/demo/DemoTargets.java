package com.onewindow.shared.demo;

import static com.onewindow.shared.request.RequestStatus.ACTIVATED;
import static com.onewindow.shared.request.RequestStatus.CANCELLED;
import static com.onewindow.shared.request.RequestStatus.DRAFT;
import static com.onewindow.shared.request.RequestStatus.IN_REVIEW;
import static com.onewindow.shared.request.RequestStatus.ON_HOLD;
import static com.onewindow.shared.request.RequestStatus.REJECTED;
import static com.onewindow.shared.request.RequestStatus.SCHEDULED;
import static com.onewindow.shared.request.RequestStatus.SUBMITTED;
import static com.onewindow.shared.request.RequestStatus.SURVEY;

import com.onewindow.shared.request.RequestStatus;

/**
 * How far a request has got by now, given its age: today's are mostly waiting in the queue, last
 * week's are being surveyed and scheduled, and older ones are mostly connected, with the usual
 * share refused or withdrawn and a few stuck waiting for the customer.
 */
final class DemoTargets {

  private record Weighted(RequestStatus status, int weight) {}

  private static final Weighted[] TODAY = {
    w(DRAFT, 15), w(SUBMITTED, 55), w(IN_REVIEW, 25), w(CANCELLED, 5)
  };
  private static final Weighted[] THIS_WEEK = {
    w(DRAFT, 5),
    w(SUBMITTED, 20),
    w(IN_REVIEW, 20),
    w(SURVEY, 15),
    w(ON_HOLD, 10),
    w(SCHEDULED, 20),
    w(REJECTED, 5),
    w(CANCELLED, 5)
  };
  private static final Weighted[] LAST_WEEKS = {
    w(DRAFT, 2),
    w(SUBMITTED, 3),
    w(IN_REVIEW, 7),
    w(SURVEY, 12),
    w(ON_HOLD, 12),
    w(SCHEDULED, 30),
    w(ACTIVATED, 14),
    w(REJECTED, 10),
    w(CANCELLED, 10)
  };
  private static final Weighted[] OLDER = {
    w(DRAFT, 3),
    w(SURVEY, 1),
    w(ON_HOLD, 3),
    w(SCHEDULED, 1),
    w(ACTIVATED, 70),
    w(REJECTED, 10),
    w(CANCELLED, 12)
  };

  private DemoTargets() {}

  static RequestStatus byAge(DemoWorld world, double ageDays) {
    Weighted[] mix =
        ageDays < 1 ? TODAY : ageDays < 5 ? THIS_WEEK : ageDays < 21 ? LAST_WEEKS : OLDER;
    int total = 0;
    for (Weighted weighted : mix) {
      total += weighted.weight();
    }
    int roll = world.random.nextInt(total);
    for (Weighted weighted : mix) {
      roll -= weighted.weight();
      if (roll < 0) {
        return weighted.status();
      }
    }
    throw new IllegalStateException("weights do not add up");
  }

  private static Weighted w(RequestStatus status, int weight) {
    return new Weighted(status, weight);
  }
}
