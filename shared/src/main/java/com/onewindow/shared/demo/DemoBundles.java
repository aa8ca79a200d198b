package com.onewindow.shared.demo;

import static com.onewindow.shared.demo.DemoCatalog.GUEST_WIFI;
import static com.onewindow.shared.demo.DemoCatalog.INTERNET_CODE;
import static com.onewindow.shared.demo.DemoCatalog.NETWORK;
import static com.onewindow.shared.demo.DemoCatalog.PBX;
import static com.onewindow.shared.demo.DemoCatalog.SIP;
import static com.onewindow.shared.demo.DemoCatalog.VANITY;

import com.onewindow.shared.catalog.Bundle;
import com.onewindow.shared.catalog.Bundles;
import com.onewindow.shared.catalog.Industry;
import java.math.BigDecimal;
import org.springframework.stereotype.Component;

/**
 * The industry bundles (P1): what a hotel, a restaurant, a retail chain and an office usually need,
 * at a discount of 10 to 20%. The retail chain's network between shops needs two sites.
 */
@Component
class DemoBundles {

  private final Bundles bundles;

  DemoBundles(Bundles bundles) {
    this.bundles = bundles;
  }

  void create(DemoWorld world) {
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
    world.bundles.values().forEach(bundles::save);
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
            DemoCatalog.text(nameRu, nameEn),
            DemoCatalog.text(descriptionRu, descriptionEn),
            new BigDecimal(discountPercent),
            minSites);
    world.bundles.put(industry, bundle);
    return bundle;
  }
}
