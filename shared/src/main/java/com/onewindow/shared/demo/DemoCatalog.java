package com.onewindow.shared.demo;

import static com.onewindow.shared.catalog.ProductCategory.CLOUD_PBX;
import static com.onewindow.shared.catalog.ProductCategory.INTERNET;
import static com.onewindow.shared.catalog.ProductCategory.SITE_NETWORK;
import static com.onewindow.shared.catalog.ProductCategory.TELEPHONY;
import static com.onewindow.shared.catalog.ProductCategory.VANITY_NUMBER;

import com.onewindow.shared.catalog.Product;
import com.onewindow.shared.catalog.ProductCategory;
import com.onewindow.shared.catalog.Products;
import com.onewindow.shared.common.LocalizedText;
import com.onewindow.shared.common.Money;
import org.springframework.stereotype.Component;

/**
 * The operator's catalog: internet by speed, guest Wi-Fi, SIP telephony, a cloud PBX, vanity
 * numbers and a network between sites, with rouble prices that include VAT, and the industry
 * bundles (see {@link DemoBundles}). An option's price is added to its product's, so the product
 * price is the entry tier.
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

  DemoCatalog(Products products) {
    this.products = products;
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

  static LocalizedText text(String ru, String en) {
    return new LocalizedText(ru, en);
  }

  static Money rub(String amount) {
    return Money.of(amount);
  }
}
