package com.onewindow.shared.demo;

import static com.onewindow.shared.request.RequestStatus.ACTIVATED;
import static com.onewindow.shared.request.RequestStatus.CANCELLED;
import static com.onewindow.shared.request.RequestStatus.REJECTED;
import static com.onewindow.shared.request.RequestStatus.SCHEDULED;
import static com.onewindow.shared.request.RequestStatus.SUBMITTED;
import static com.onewindow.shared.request.RequestStatus.SURVEY;

import com.onewindow.shared.company.Site;
import com.onewindow.shared.coverage.CoverageStatus;
import com.onewindow.shared.request.ConnectionRequest;
import com.onewindow.shared.request.InstallWindow;
import com.onewindow.shared.request.RequestLine;
import com.onewindow.shared.request.RequestStatus;
import com.onewindow.shared.security.Actor;
import com.onewindow.shared.staff.StaffUser;
import java.time.LocalDate;
import java.util.List;

/**
 * Takes a submitted demo request through the lifecycle to its planned state, only by the
 * aggregate's own methods, each step a while after the last: claimed by a technician of its branch,
 * surveyed where the address needs it, sometimes held for the customer, scheduled, installed and
 * activated; or refused with a reason, or withdrawn.
 */
final class DemoLifecycle {

  private final DemoWorld world;
  private final ConnectionRequest request;
  private final PlanClock clock;
  private final Actor technician;
  private final StaffUser technicianUser;
  private final Actor creator;
  private List<Site> surveyed;

  DemoLifecycle(
      DemoWorld world,
      ConnectionRequest request,
      PlanClock clock,
      StaffUser technician,
      Actor creator) {
    this.world = world;
    this.request = request;
    this.clock = clock;
    this.technicianUser = technician;
    this.technician = DemoWorld.actor(technician);
    this.creator = creator;
    this.surveyed = request.getLines().stream().map(RequestLine::getSite).toList();
  }

  /**
   * Decides on a survey by these sites rather than the request's own: the first request of an order
   * split by branch draws as the whole order did before it was split, so the rest of the demo data
   * stays as it was.
   */
  DemoLifecycle surveyingAsIf(List<Site> sites) {
    this.surveyed = List.copyOf(sites);
    return this;
  }

  void driveTo(RequestStatus target) {
    if (target == SUBMITTED || target == CANCELLED && world.chance(0.4)) {
      finish(target);
      return;
    }
    request.claim(technician, technicianUser, clock.after(world, 10, 300));
    if (target == RequestStatus.IN_REVIEW) {
      return;
    }
    if (target == SURVEY || needsSurvey() || world.chance(0.2)) {
      request.startSurvey(technician, clock.after(world, 240, 1800));
    }
    if (target == SURVEY) {
      return;
    }
    if (target != RequestStatus.ON_HOLD && world.chance(0.15)) {
      request.putOnHold(world.pick(DemoTexts.HOLDS), technician, clock.after(world, 60, 2880));
      request.resume(technician, clock.after(world, 1440, 8640));
    }
    if (target == SCHEDULED || target == ACTIVATED || world.chance(0.25)) {
      schedule(target == ACTIVATED);
    }
    if (target == ACTIVATED) {
      install();
      return;
    }
    if (target != SCHEDULED) {
      finish(target);
    }
  }

  private void schedule(boolean mustBeDoneByNow) {
    var scheduledAt = clock.after(world, 120, 4320);
    var zone = request.getBranch().zone();
    var date = scheduledAt.atZone(zone).toLocalDate().plusDays(world.between(2, 7));
    if (mustBeDoneByNow) {
      var today = world.now.atZone(zone).toLocalDate();
      date = date.isAfter(today) ? today : date;
    }
    var window = world.chance(0.5) ? InstallWindow.MORNING : InstallWindow.AFTERNOON;
    request.schedule(date, window, technician, scheduledAt);
  }

  private void install() {
    LocalDate date = request.getInstallDate();
    var window = request.getInstallWindow();
    if (date != null && window != null) {
      var visit = window.start().plusMinutes(world.between(30, 180));
      clock.moveTo(date.atTime(visit).atZone(request.getBranch().zone()).toInstant());
    }
    request.markInstalled(technician, clock.time());
    request.activate(technician, clock.after(world, 30, 300));
  }

  private void finish(RequestStatus target) {
    if (target == RequestStatus.ON_HOLD) {
      request.putOnHold(world.pick(DemoTexts.HOLDS), technician, clock.after(world, 60, 2880));
    } else if (target == REJECTED) {
      var refusal = world.pick(DemoTexts.REFUSALS);
      request.reject(
          refusal.reason(), refusal.explanation(), technician, clock.after(world, 120, 4320));
    } else if (target == CANCELLED) {
      cancel();
    }
  }

  /** The customer withdraws while they still may (before scheduling); otherwise staff record it. */
  private void cancel() {
    var at = clock.after(world, 60, 5760);
    if (creator.isCustomer() && request.getStatus() != SCHEDULED) {
      request.cancel(world.pick(DemoTexts.CUSTOMER_CANCELS), creator, at);
    } else {
      request.cancel(world.pick(DemoTexts.STAFF_CANCELS), technician, at);
    }
  }

  private boolean needsSurvey() {
    return surveyed.stream()
        .anyMatch(
            site ->
                DemoStreets.ALL.stream()
                    .anyMatch(
                        s ->
                            s.status() == CoverageStatus.SURVEY_NEEDED
                                && s.name().equals(site.getAddress().street())
                                && DemoCity.byCode(s.city())
                                    .city()
                                    .ru()
                                    .equals(site.getAddress().city())));
  }
}
