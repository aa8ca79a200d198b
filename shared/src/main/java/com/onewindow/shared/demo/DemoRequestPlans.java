package com.onewindow.shared.demo;

import static com.onewindow.shared.request.RequestStatus.ACTIVATED;

import com.onewindow.shared.company.Company;
import com.onewindow.shared.request.Channel;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * When the demo's requests happen. A simulated clock steps back from now through the last six
 * months; before that lies the history that made some companies clients already, and a few scripted
 * stories tie the demo logins and the source article's example to the data. The plans are then
 * carried out oldest first, so that what happens later can depend on what came before.
 */
final class DemoRequestPlans {

  static final int RECENT_REQUESTS = 320;
  static final int CLIENTS_WITH_HISTORY = 24;

  private DemoRequestPlans() {}

  static List<RequestPlan> all(DemoWorld world) {
    var plans = new ArrayList<RequestPlan>();
    plans.addAll(DemoStories.all(world));
    plans.addAll(history(world));
    plans.addAll(recent(world));
    plans.sort(Comparator.comparing(RequestPlan::createdAt));
    return plans;
  }

  private static List<RequestPlan> recent(DemoWorld world) {
    var plans = new ArrayList<RequestPlan>();
    Instant at = world.now.minus(Duration.ofMinutes(world.between(5, 40)));
    for (int i = 0; i < RECENT_REQUESTS; i++) {
      double ageDays = Duration.between(at, world.now).toMinutes() / 1440.0;
      plans.add(RequestPlan.open(at, channel(world), DemoTargets.byAge(world, ageDays)));
      at = at.minus(Duration.ofMinutes(world.between(120, 1500)));
    }
    return plans;
  }

  /** The mix of channels; inbound leads with about 40% (R8). */
  private static Channel channel(DemoWorld world) {
    int roll = world.random.nextInt(100);
    if (roll < 38) {
      return Channel.INBOUND;
    }
    if (roll < 58) {
      return Channel.DIRECT;
    }
    if (roll < 80) {
      return Channel.ONLINE;
    }
    return roll < 92 ? Channel.SERVICE : Channel.KEY_ACCOUNT;
  }

  /** Earlier connections, older than the last six months, that made companies clients. */
  private static List<RequestPlan> history(DemoWorld world) {
    Set<String> scripted =
        Set.of(
            DemoCompanyList.VOLGA_HOTEL,
            DemoCompanyList.URAL_TRADE,
            DemoCompanyList.SARATOV_BAKERY);
    var candidates =
        new ArrayList<>(
            world.companiesBySlug.entrySet().stream()
                .filter(e -> !scripted.contains(e.getKey()))
                .map(java.util.Map.Entry::getValue)
                .filter(c -> !world.prospects.contains(c))
                .toList());
    Collections.shuffle(candidates, world.random);
    var plans = new ArrayList<RequestPlan>();
    Instant latest = world.now.minus(Duration.ofDays(190));
    for (Company company : candidates.subList(0, CLIENTS_WITH_HISTORY)) {
      Instant earliest = company.getCreatedAt().plus(Duration.ofDays(3));
      long spanMinutes = Math.max(1, Duration.between(earliest, latest).toMinutes());
      Instant at = earliest.plus(Duration.ofMinutes(world.random.nextLong(spanMinutes)));
      Channel channel =
          company.isFederal()
              ? Channel.KEY_ACCOUNT
              : world.chance(0.6) ? Channel.DIRECT : Channel.INBOUND;
      plans.add(new RequestPlan(at, channel, ACTIVATED, company, List.of(), null, null));
    }
    return plans;
  }
}
