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
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The scripted requests: the source article's Saratov client, served for three years, who calls the
 * central number (R6); and the two portal customers, each with requests in several states.
 */
final class DemoStories {

  private DemoStories() {}

  static List<RequestPlan> all(DemoWorld world) {
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
