package com.onewindow.shared.demo;

import static com.onewindow.shared.catalog.ProductCategory.CLOUD_PBX;
import static com.onewindow.shared.catalog.ProductCategory.INTERNET;
import static com.onewindow.shared.catalog.ProductCategory.SITE_NETWORK;
import static com.onewindow.shared.catalog.ProductCategory.TELEPHONY;
import static com.onewindow.shared.catalog.ProductCategory.VANITY_NUMBER;

import com.onewindow.shared.catalog.Bundle;
import com.onewindow.shared.catalog.Bundles;
import com.onewindow.shared.catalog.Industry;
import com.onewindow.shared.catalog.Product;
import com.onewindow.shared.catalog.ProductCategory;
import com.onewindow.shared.catalog.Products;
import com.onewindow.shared.common.LocalizedText;
import com.onewindow.shared.common.Money;
import java.math.BigDecimal;
import org.springframework.stereotype.Component;

/**
 * The operator's catalog: internet by speed, guest Wi-Fi, SIP telephony, a cloud PBX, vanity
 * numbers and a network between sites, with rouble prices that include VAT, and the industry
 * bundles. An option's price is added to its product's, so the product price is the entry tier.
 */
@Component
class DemoCatalog {

  static final String INTERNET_CODE = "INTERNET";
  static final String GUEST_WIFI = "GUEST_WIFI";
  static final String SIP = "SIP_TELEPHONY";
  static final String PBX = "CLOUD_PBX";
  static final String VANITY = "VANITY_NUMBER";
  static final String NETWORK = "SITE_NETWORK";

  private final Products products;
  private final Bundles bundles;

  DemoCatalog(Products products, Bundles bundles) {
    this.products = products;
    this.bundles = bundles;
  }

  void create(DemoWorld world) {
    var internet =
        product(
            INTERNET_CODE,
            INTERNET,
            10,
            "Интернет для бизнеса",
            "Business internet",
            "Выделенный канал по оптике с гарантированной скоростью, один статический IP-адрес"
                + " и поддержка 24/7.",
            "A dedicated fibre line at a guaranteed speed, one static IP address and 24/7"
                + " support.",
            "1490",
            "2900");
    internet.addOption("100", text("100 Мбит/с", "100 Mbit/s"), rub("0"), rub("0"), 100);
    internet.addOption("300", text("300 Мбит/с", "300 Mbit/s"), rub("1000"), rub("0"), 300);
    internet.addOption("500", text("500 Мбит/с", "500 Mbit/s"), rub("2000"), rub("0"), 500);
    internet.addOption("1000", text("1 Гбит/с", "1 Gbit/s"), rub("4500"), rub("1500"), 1000);

    var wifi =
        product(
                GUEST_WIFI,
                INTERNET,
                20,
                "Гостевой Wi-Fi",
                "Guest Wi-Fi",
                "Wi-Fi для гостей и посетителей с авторизацией по SMS, как требует закон, и"
                    + " страницей входа с вашим логотипом.",
                "Wi-Fi for guests and visitors with the SMS sign-in the law requires and a login"
                    + " page with your logo.",
                "1200",
                "4900")
            .requiresOneOf(INTERNET);

    var sip =
        product(
            SIP,
            TELEPHONY,
            30,
            "Телефония (SIP)",
            "Telephony (SIP)",
            "Городской номер и SIP-линии для офисных телефонов; входящие звонки бесплатно.",
            "A city number and SIP lines for office phones; incoming calls are free.",
            "690",
            "1000");
    sip.addOption("2_LINES", text("2 линии", "2 lines"), rub("0"), rub("0"), null);
    sip.addOption("4_LINES", text("4 линии", "4 lines"), rub("600"), rub("0"), null);
    sip.addOption("10_LINES", text("10 линий", "10 lines"), rub("2300"), rub("0"), null);

    var pbx =
        product(
            PBX,
            CLOUD_PBX,
            40,
            "Облачная АТС",
            "Cloud PBX",
            "Виртуальная АТС без оборудования: голосовое меню, очереди, запись разговоров,"
                + " мобильное приложение для сотрудников.",
            "A PBX without hardware: voice menu, queues, call recording and a mobile app for"
                + " staff.",
            "990",
            "0");
    pbx.addOption("START", text("До 5 сотрудников", "Up to 5 staff"), rub("0"), rub("0"), null);
    pbx.addOption(
        "BUSINESS", text("До 20 сотрудников", "Up to 20 staff"), rub("1500"), rub("0"), null);
    pbx.addOption(
        "CORPORATE", text("До 100 сотрудников", "Up to 100 staff"), rub("5900"), rub("0"), null);

    var vanity =
        product(
                VANITY,
                VANITY_NUMBER,
                50,
                "Красивый номер",
                "Vanity number",
                "Запоминающийся номер для рекламы и визиток. Подключается к телефонии или облачной"
                    + " АТС.",
                "A memorable number for adverts and business cards. Works with telephony or the"
                    + " cloud PBX.",
                "300",
                "0")
            .requiresOneOf(TELEPHONY, CLOUD_PBX);
    vanity.addOption("BRONZE", text("Бронзовый", "Bronze"), rub("0"), rub("3000"), null);
    vanity.addOption("SILVER", text("Серебряный", "Silver"), rub("300"), rub("9900"), null);
    vanity.addOption("GOLD", text("Золотой", "Gold"), rub("900"), rub("29900"), null);

    var network =
        product(
            NETWORK,
            SITE_NETWORK,
            60,
            "Сеть между точками",
            "Network between sites",
            "Защищённая сеть L2/L3 VPN между вашими офисами, магазинами и складом; цена за"
                + " каждую точку.",
            "A private L2/L3 VPN between your offices, shops and warehouse; priced per site.",
            "2900",
            "5000");
    network.addOption("10", text("10 Мбит/с", "10 Mbit/s"), rub("0"), rub("0"), 10);
    network.addOption("50", text("50 Мбит/с", "50 Mbit/s"), rub("2000"), rub("0"), 50);
    network.addOption("100", text("100 Мбит/с", "100 Mbit/s"), rub("4500"), rub("0"), 100);

    for (var product : new Product[] {internet, wifi, sip, pbx, vanity, network}) {
      world.products.put(product.getCode(), products.save(product));
    }
    createBundles(world);
    world.bundles.values().forEach(bundles::save);
  }

  private void createBundles(DemoWorld world) {
    bundle(
            world,
            "HOTEL",
            Industry.HOSPITALITY,
            "Гостиница",
            "Hotel",
            "Интернет 300 Мбит/с, гостевой Wi-Fi, облачная АТС для ресепшена и номеров, красивый"
                + " номер для бронирования.",
            "300 Mbit/s internet, guest Wi-Fi, a cloud PBX for reception and rooms, a vanity number"
                + " for bookings.",
            "15",
            1)
        .include(world.product(INTERNET_CODE), world.option(INTERNET_CODE, "300"))
        .include(world.product(GUEST_WIFI), null)
        .include(world.product(PBX), world.option(PBX, "BUSINESS"))
        .include(world.product(VANITY), world.option(VANITY, "SILVER"));
    bundle(
            world,
            "RESTAURANT",
            Industry.RESTAURANTS,
            "Ресторан",
            "Restaurant",
            "Интернет для кассы и доставки, гостевой Wi-Fi, две телефонные линии и номер, который"
                + " легко запомнить.",
            "Internet for the till and deliveries, guest Wi-Fi, two phone lines and an easy number.",
            "10",
            1)
        .include(world.product(INTERNET_CODE), world.option(INTERNET_CODE, "100"))
        .include(world.product(GUEST_WIFI), null)
        .include(world.product(SIP), world.option(SIP, "2_LINES"))
        .include(world.product(VANITY), world.option(VANITY, "BRONZE"));
    bundle(
            world,
            "RETAIL_CHAIN",
            Industry.RETAIL,
            "Сеть магазинов",
            "Retail chain",
            "Интернет в каждом магазине, защищённая сеть между магазинами и складом для касс и"
                + " учёта, облачная АТС. От двух точек.",
            "Internet in every shop, a private network between shops and the warehouse for tills and"
                + " stock, a cloud PBX. Two sites or more.",
            "20",
            2)
        .include(world.product(INTERNET_CODE), world.option(INTERNET_CODE, "100"))
        .include(world.product(NETWORK), world.option(NETWORK, "10"))
        .include(world.product(PBX), world.option(PBX, "START"));
    bundle(
            world,
            "OFFICE",
            Industry.OFFICES,
            "Офис",
            "Office",
            "Интернет 500 Мбит/с, облачная АТС на 20 сотрудников и красивый номер для компании.",
            "500 Mbit/s internet, a cloud PBX for 20 staff and a vanity number for the company.",
            "12",
            1)
        .include(world.product(INTERNET_CODE), world.option(INTERNET_CODE, "500"))
        .include(world.product(PBX), world.option(PBX, "BUSINESS"))
        .include(world.product(VANITY), world.option(VANITY, "BRONZE"));
  }

  private Bundle bundle(
      DemoWorld world,
      String code,
      Industry industry,
      String nameRu,
      String nameEn,
      String descriptionRu,
      String descriptionEn,
      String discountPercent,
      int minSites) {
    var bundle =
        new Bundle(
            code,
            industry,
            text(nameRu, nameEn),
            text(descriptionRu, descriptionEn),
            new BigDecimal(discountPercent),
            minSites);
    world.bundles.put(industry, bundle);
    return bundle;
  }

  private static Product product(
      String code,
      ProductCategory category,
      int sortOrder,
      String nameRu,
      String nameEn,
      String descriptionRu,
      String descriptionEn,
      String monthly,
      String oneTime) {
    return new Product(
        code,
        category,
        text(nameRu, nameEn),
        text(descriptionRu, descriptionEn),
        rub(monthly),
        rub(oneTime),
        sortOrder);
  }

  private static LocalizedText text(String ru, String en) {
    return new LocalizedText(ru, en);
  }

  private static Money rub(String amount) {
    return Money.of(amount);
  }
}
