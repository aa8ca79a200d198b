package com.onewindow.shared.crm;

import com.onewindow.shared.common.BusinessRuleViolation;
import com.onewindow.shared.live.ChangeFeed;
import com.onewindow.shared.live.LiveChange;
import com.onewindow.shared.security.CurrentUser;
import com.onewindow.shared.staff.StaffUser;
import com.onewindow.shared.staff.StaffUsers;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Funnel plans (R2, C5): the unit's default targets, a manager's own adjustments from a date on
 * (kept as history), and a head's view of plan against actual for each subordinate.
 */
@Service
@Transactional(readOnly = true)
public class FunnelPlanService {

  private final FunnelPlans plans;
  private final StaffUsers staffUsers;
  private final ProgressBoard board;
  private final FunnelProperties settings;
  private final ChangeFeed feed;
  private final Clock clock;

  FunnelPlanService(
      FunnelPlans plans,
      StaffUsers staffUsers,
      ProgressBoard board,
      FunnelProperties settings,
      ChangeFeed feed,
      Clock clock) {
    this.plans = plans;
    this.staffUsers = staffUsers;
    this.board = board;
    this.settings = settings;
    this.feed = feed;
    this.clock = clock;
  }

  /** The caller's own plan: today's targets, the unit's default, the history. */
  @PreAuthorize(ActivityService.LOGGING)
  public MyPlan myPlan() {
    var me = me();
    var own = plans.findByManagerIdOrderByEffectiveFromDescSetAtDesc(me.getId());
    var today = clock.instant().atZone(me.getBranch().zone()).toLocalDate();
    return new MyPlan(
        board.timeline(me, own).on(today),
        settings.defaultFor(me.getUnit()),
        own.stream()
            .map(p -> new PlanHistoryRow(p.getEffectiveFrom(), p.targets(), p.getSetAt()))
            .toList());
  }

  /**
   * Sets the caller's own daily targets from a date on (today, when none is given; never before).
   */
  @PreAuthorize(ActivityService.LOGGING)
  @Transactional
  public MyPlan adjustMyTargets(DailyTargets targets, @Nullable LocalDate effectiveFrom) {
    var me = me();
    var now = clock.instant();
    var today = now.atZone(me.getBranch().zone()).toLocalDate();
    var from = effectiveFrom == null ? today : effectiveFrom;
    if (from.isBefore(today)) {
      throw new BusinessRuleViolation("crm.error.planInPast");
    }
    plans.save(new FunnelPlan(me.getId(), from, targets, me.getId(), now));
    feed.publish(LiveChange.Topic.ACTIVITY, me.getId(), me.getBranch().getId(), null);
    return myPlan();
  }

  /** The caller's progress against their plan. */
  @PreAuthorize(ActivityService.LOGGING)
  public Progress myProgress() {
    return board.of(List.of(me()), clock.instant()).getFirst();
  }

  /** Plan against actual and load of each of the head's subordinates. */
  @PreAuthorize("hasRole('HEAD')")
  public List<Progress> team() {
    var subordinates = staffUsers.findByHeadIdOrderByFullName(CurrentUser.requireStaff().staffId());
    return board.of(subordinates, clock.instant());
  }

  private StaffUser me() {
    return staffUsers.findById(CurrentUser.requireStaff().staffId()).orElseThrow();
  }
}
