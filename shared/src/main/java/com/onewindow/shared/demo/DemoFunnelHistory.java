package com.onewindow.shared.demo;

import com.onewindow.shared.company.Company;
import com.onewindow.shared.company.Contact;
import com.onewindow.shared.crm.ActivityType;
import com.onewindow.shared.crm.DailyTargets;
import com.onewindow.shared.demo.DemoWorld.Tenure;
import com.onewindow.shared.staff.StaffUser;
import com.onewindow.shared.staff.Unit;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.jspecify.annotations.Nullable;

/**
 * The calls, meetings, emails and contracts one manager logged on the working days of the demo's
 * past months, in their branch's time zone and office hours, against the clients they had on each
 * day. Each manager has a form of their own (some work below their plan, some above) and each day
 * varies around it; now and then a day is missed. Today is left to the person trying the demo.
 */
final class DemoFunnelHistory {

  /** About three months back from yesterday. */
  static final int DAYS = 91;

  /**
   * The Saratov head's two managers, whom the demo tells about: the seller ahead of plan and the
   * service manager behind it. Everyone else works at a steady form of their own.
   */
  private static final Map<String, Double> FORMS =
      Map.of("sales.saratov", 1.2, "service.saratov", 0.8);

  /** One logged activity, as the row it becomes. */
  record Logged(
      Company company,
      @Nullable Contact contact,
      StaffUser manager,
      ActivityType type,
      Instant at,
      String outcome) {}

  private final DemoWorld world;

  DemoFunnelHistory(DemoWorld world) {
    this.world = world;
  }

  /** Everything the manager logged before today, against their targets. */
  List<Logged> of(StaffUser manager, DailyTargets targets) {
    ZoneId zone = manager.getBranch().zone();
    LocalDate today = world.now.atZone(zone).toLocalDate();
    double form = formOf(manager);
    var candidates = clientsOf(manager);
    var out = new ArrayList<Logged>();
    for (LocalDate day = today.minusDays(DAYS); day.isBefore(today); day = day.plusDays(1)) {
      if (!isWorkingDay(day) || world.chance(0.03)) {
        continue;
      }
      var clients = on(candidates, day.atTime(12, 0).atZone(zone).toInstant());
      if (clients.isEmpty()) {
        continue;
      }
      double calls = targets.calls().doubleValue() * form;
      logDay(out, manager, clients, day, ActivityType.CALL, calls, 9, 18);
      logDay(out, manager, clients, day, ActivityType.EMAIL, calls * 0.25, 9, 18);
      double meetings = targets.meetings().doubleValue() * form;
      logDay(out, manager, clients, day, ActivityType.MEETING, meetings, 10, 17);
      double contracts = targets.contracts().doubleValue() * form;
      logDay(out, manager, clients, day, ActivityType.CONTRACT, contracts, 11, 17);
    }
    return out;
  }

  /** How much of the plan the manager does on a usual day: 0.75 to 1.2, the same every run. */
  private static double formOf(StaffUser manager) {
    return FORMS.getOrDefault(
        manager.getUsername(),
        0.75 + 0.45 * new Random(DemoDataSet.SEED + manager.getUsername().hashCode()).nextDouble());
  }

  private void logDay(
      List<Logged> out,
      StaffUser manager,
      List<Company> clients,
      LocalDate day,
      ActivityType type,
      double expected,
      int fromHour,
      int toHour) {
    ZoneId zone = manager.getBranch().zone();
    int count = poisson(expected);
    for (int i = 0; i < count; i++) {
      var company = world.pick(clients);
      var contacts = company.getContacts();
      Contact contact = contacts.isEmpty() || world.chance(0.1) ? null : world.pick(contacts);
      int seconds = world.random.nextInt((toHour - fromHour) * 3600);
      Instant at =
          day.atTime(LocalTime.of(fromHour, 0)).plusSeconds(seconds).atZone(zone).toInstant();
      out.add(new Logged(company, contact, manager, type, at, DemoOutcomes.of(world, type)));
    }
  }

  /**
   * The manager's clients over time. The inbound desk answers the one central number for every
   * region, so its agents speak with clients of any branch.
   */
  private List<Tenure> clientsOf(StaffUser manager) {
    if (manager.getUnit() == Unit.INBOUND) {
      return world.companies.stream()
          .filter(c -> !c.isFederal())
          .map(c -> new Tenure(c, manager, c.getCreatedAt(), null))
          .toList();
    }
    return world.tenures.stream().filter(t -> t.manager().equals(manager)).toList();
  }

  private static List<Company> on(List<Tenure> tenures, Instant moment) {
    return tenures.stream()
        .filter(t -> t.covers(moment))
        .map(Tenure::company)
        .sorted(Comparator.comparing(Company::getId))
        .toList();
  }

  /** A count with the given mean, as independent events over a day come (Knuth's method). */
  private int poisson(double mean) {
    double limit = Math.exp(-mean);
    double product = world.random.nextDouble();
    int count = 0;
    while (product > limit) {
      product *= world.random.nextDouble();
      count++;
    }
    return count;
  }

  private static boolean isWorkingDay(LocalDate day) {
    return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
  }
}
