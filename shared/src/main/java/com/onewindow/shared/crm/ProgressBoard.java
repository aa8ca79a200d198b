package com.onewindow.shared.crm;

import com.onewindow.shared.crm.Progress.Figure;
import com.onewindow.shared.crm.Progress.Period;
import com.onewindow.shared.staff.StaffUser;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Plan against actual for a set of managers: counts grouped by manager and type in the database
 * (one query per time zone among them), plans from their timelines, load from two grouped counts.
 */
@Component
class ProgressBoard {

  private static final List<ActivityType> COUNTED =
      List.of(ActivityType.CALL, ActivityType.MEETING, ActivityType.CONTRACT);

  private final Activities activities;
  private final FunnelPlans plans;
  private final CallbackTasks tasks;
  private final Ownerships ownerships;
  private final FunnelProperties settings;

  ProgressBoard(
      Activities activities,
      FunnelPlans plans,
      CallbackTasks tasks,
      Ownerships ownerships,
      FunnelProperties settings) {
    this.activities = activities;
    this.plans = plans;
    this.tasks = tasks;
    this.ownerships = ownerships;
    this.settings = settings;
  }

  PlanTimeline timeline(StaffUser manager, List<FunnelPlan> own) {
    return new PlanTimeline(settings.defaultFor(manager.getUnit()), own);
  }

  List<Progress> of(List<StaffUser> managers, Instant now) {
    if (managers.isEmpty()) {
      return List.of();
    }
    var ids = managers.stream().map(StaffUser::getId).toList();
    Map<Long, List<FunnelPlan>> plansOf =
        plans.findByManagerIdIn(ids).stream()
            .collect(Collectors.groupingBy(FunnelPlan::getManagerId));
    Map<Long, Long> openTasks = counts(tasks.countOpenByAssignee(ids));
    Map<Long, Long> clients = counts(ownerships.countCurrentByManager(ids));
    Map<String, long[]> actual = new HashMap<>();
    managers.stream()
        .collect(Collectors.groupingBy(m -> m.getBranch().zone()))
        .forEach((zone, group) -> actual.putAll(actualCounts(group, zone, now)));
    var result = new ArrayList<Progress>();
    for (StaffUser m : managers) {
      LocalDate today = now.atZone(m.getBranch().zone()).toLocalDate();
      var timeline = timeline(m, plansOf.getOrDefault(m.getId(), List.of()));
      var figures = new ArrayList<Figure>();
      for (ActivityType type : COUNTED) {
        long[] done = actual.getOrDefault(m.getId() + ":" + type, new long[3]);
        figures.add(new Figure(Period.TODAY, type, timeline.on(today).of(type), done[0]));
        figures.add(
            new Figure(Period.WEEK, type, timeline.over(monday(today), today, type), done[1]));
        figures.add(
            new Figure(
                Period.MONTH, type, timeline.over(today.withDayOfMonth(1), today, type), done[2]));
      }
      result.add(
          new Progress(
              m.getId(),
              m.getUsername(),
              m.getFullName(),
              m.getUnit(),
              today,
              timeline.on(today),
              figures,
              clients.getOrDefault(m.getId(), 0L),
              openTasks.getOrDefault(m.getId(), 0L)));
    }
    return result;
  }

  private Map<String, long[]> actualCounts(List<StaffUser> group, ZoneId zone, Instant now) {
    LocalDate today = now.atZone(zone).toLocalDate();
    Instant dayStart = today.atStartOfDay(zone).toInstant();
    Instant weekStart = monday(today).atStartOfDay(zone).toInstant();
    Instant monthStart = today.withDayOfMonth(1).atStartOfDay(zone).toInstant();
    Instant from = weekStart.isBefore(monthStart) ? weekStart : monthStart;
    Instant to = today.plusDays(1).atStartOfDay(zone).toInstant();
    var ids = group.stream().map(StaffUser::getId).toList();
    Map<String, long[]> out = new HashMap<>();
    for (Object[] row :
        activities.countByManagerAndType(ids, dayStart, weekStart, monthStart, from, to)) {
      out.put(row[0] + ":" + row[1], new long[] {number(row[2]), number(row[3]), number(row[4])});
    }
    return out;
  }

  private static LocalDate monday(LocalDate day) {
    return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
  }

  private static Map<Long, Long> counts(List<Object[]> rows) {
    Map<Long, Long> out = new HashMap<>();
    rows.forEach(r -> out.put((Long) r[0], number(r[1])));
    return out;
  }

  private static long number(Object value) {
    return value == null ? 0 : ((Number) value).longValue();
  }
}
