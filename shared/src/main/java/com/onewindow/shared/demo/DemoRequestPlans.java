package com.onewindow.shared.demo;

import static com.onewindow.shared.demo.DemoCatalog.GUEST_WIFI;
import static com.onewindow.shared.demo.DemoCatalog.INTERNET_CODE;
import static com.onewindow.shared.demo.DemoCatalog.NETWORK;
import static com.onewindow.shared.demo.DemoCatalog.PBX;
import static com.onewindow.shared.demo.DemoCatalog.SIP;
import static com.onewindow.shared.demo.DemoCatalog.VANITY;
import static com.onewindow.shared.request.RequestStatus.ACTIVATED;
import static com.onewindow.shared.request.RequestStatus.CANCELLED;
import static com.onewindow.shared.request.RequestStatus.DRAFT;
import static com.onewindow.shared.request.RequestStatus.IN_REVIEW;
import static com.onewindow.shared.request.RequestStatus.ON_HOLD;
import static com.onewindow.shared.request.RequestStatus.SCHEDULED;
import static com.onewindow.shared.request.RequestStatus.SUBMITTED;

import com.onewindow.shared.company.Company;
import com.onewindow.shared.demo.RequestPlan.LineSpec;
import com.onewindow.shared.request.Channel;
import com.onewindow.shared.request.RequestStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

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
    plans.addAll(stories(world));
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

  private static List<RequestPlan> stories(DemoWorld world) {
    var plans = new ArrayList<RequestPlan>();
    // The source article's example (R6): a Saratov client served for three years calls the central
    // number, reaches the inbound desk in Perm and asks for internet.
    var bakery = world.company(DemoCompanyList.SARATOV_BAKERY);
    plans.add(
        story(
            world,
            1125,
            bakery,
            Channel.DIRECT,
            ACTIVATED,
            "sales.saratov",
            null,
            line(0, INTERNET_CODE, "100"),
            line(0, SIP, "2_LINES"),
            line(1, INTERNET_CODE, "100")));
    plans.add(
        story(
            world,
            420,
            bakery,
            Channel.SERVICE,
            ACTIVATED,
            "service.saratov",
            null,
            line(0, PBX, "BUSINESS"),
            line(0, VANITY, "SILVER")));
    plans.add(
        story(
            world,
            2,
            bakery,
            Channel.INBOUND,
            SUBMITTED,
            "inbound.perm",
            "Звонок на единый номер: клиент потерял визитку персонального менеджера и нашёл номер на"
                + " сайте. Просит увеличить скорость интернета на производстве до 500 Мбит/с.",
            line(0, INTERNET_CODE, "500")));

    var hotel = world.company(DemoCompanyList.VOLGA_HOTEL);
    plans.add(
        story(
            world,
            150,
            hotel,
            Channel.ONLINE,
            ACTIVATED,
            null,
            "Подключение к открытию гостиницы после ремонта.",
            LineSpec.bundle(0)));
    plans.add(
        story(
            world,
            70,
            hotel,
            Channel.ONLINE,
            CANCELLED,
            null,
            null,
            line(1, INTERNET_CODE, "100"),
            line(1, GUEST_WIFI, null)));
    plans.add(
        story(
            world,
            6,
            hotel,
            Channel.ONLINE,
            SCHEDULED,
            null,
            "Нужна единая сеть между двумя гостиницами для системы бронирования.",
            line(0, NETWORK, "50"),
            line(1, NETWORK, "50")));
    plans.add(
        story(
            world, 1, hotel, Channel.ONLINE, SUBMITTED, null, null, line(1, INTERNET_CODE, "300")));
    plans.add(
        story(
            world,
            0,
            hotel,
            Channel.ONLINE,
            DRAFT,
            null,
            null,
            line(1, PBX, "START"),
            line(1, VANITY, "BRONZE")));

    var shops = world.company(DemoCompanyList.URAL_TRADE);
    plans.add(
        story(
            world,
            120,
            shops,
            Channel.ONLINE,
            ACTIVATED,
            null,
            "Три магазина, кассы должны видеть общий склад.",
            LineSpec.bundle(0),
            LineSpec.bundle(1),
            LineSpec.bundle(2)));
    plans.add(
        story(
            world,
            9,
            shops,
            Channel.ONLINE,
            ON_HOLD,
            null,
            null,
            line(0, PBX, "BUSINESS"),
            line(0, VANITY, "SILVER")));
    plans.add(
        story(
            world,
            2,
            shops,
            Channel.SERVICE,
            IN_REVIEW,
            "service.perm",
            "Клиент просит увеличить скорость в магазине на Сибирской.",
            line(2, INTERNET_CODE, "500")));
    return plans;
  }

  private static RequestPlan story(
      DemoWorld world,
      int daysAgo,
      Company company,
      Channel channel,
      RequestStatus target,
      @Nullable String creator,
      @Nullable String comment,
      LineSpec... lines) {
    Instant at = world.now.minus(Duration.ofDays(daysAgo)).minus(Duration.ofHours(3));
    return new RequestPlan(at, channel, target, company, List.of(lines), creator, comment);
  }

  private static LineSpec line(int site, String product, @Nullable String option) {
    return new LineSpec(site, product, option);
  }
}
