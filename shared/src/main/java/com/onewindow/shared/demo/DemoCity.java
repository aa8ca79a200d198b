package com.onewindow.shared.demo;

import com.onewindow.shared.common.LocalizedText;
import java.time.ZoneId;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * A city the operator has a branch in, with what demo data needs to look local there: the time
 * zone, the tax offices whose codes start the INNs of companies registered in the city, and the
 * telephone area code.
 */
record DemoCity(
    String code,
    LocalizedText branchName,
    LocalizedText city,
    LocalizedText region,
    ZoneId zone,
    boolean headOffice,
    List<String> taxOffices,
    String areaCode) {

  static final String MOSCOW = "MSK";
  static final String PERM = "PRM";
  static final String SARATOV = "SAR";
  static final String YEKATERINBURG = "EKB";
  static final String NOVOSIBIRSK = "NSK";
  static final String KAZAN = "KZN";
  static final String VLADIVOSTOK = "VVO";

  static final List<DemoCity> ALL =
      List.of(
          city(
              MOSCOW,
              "Головной офис (Москва)",
              "Head office (Moscow)",
              "Москва",
              "Moscow",
              "Москва",
              "Moscow",
              "Europe/Moscow",
              true,
              "495",
              "7701",
              "7705",
              "7707",
              "7710",
              "7714",
              "7719"),
          city(
              PERM,
              "Пермский филиал",
              "Perm branch",
              "Пермь",
              "Perm",
              "Пермский край",
              "Perm Krai",
              "Asia/Yekaterinburg",
              false,
              "342",
              "5902",
              "5903",
              "5904",
              "5906",
              "5908"),
          city(
              SARATOV,
              "Саратовский филиал",
              "Saratov branch",
              "Саратов",
              "Saratov",
              "Саратовская область",
              "Saratov Oblast",
              "Europe/Saratov",
              false,
              "8452",
              "6450",
              "6451",
              "6452",
              "6453",
              "6454",
              "6455"),
          city(
              YEKATERINBURG,
              "Екатеринбургский филиал",
              "Yekaterinburg branch",
              "Екатеринбург",
              "Yekaterinburg",
              "Свердловская область",
              "Sverdlovsk Oblast",
              "Asia/Yekaterinburg",
              false,
              "343",
              "6658",
              "6659",
              "6661",
              "6670",
              "6671"),
          city(
              NOVOSIBIRSK,
              "Новосибирский филиал",
              "Novosibirsk branch",
              "Новосибирск",
              "Novosibirsk",
              "Новосибирская область",
              "Novosibirsk Oblast",
              "Asia/Novosibirsk",
              false,
              "383",
              "5402",
              "5405",
              "5406",
              "5407",
              "5410"),
          city(
              KAZAN,
              "Казанский филиал",
              "Kazan branch",
              "Казань",
              "Kazan",
              "Республика Татарстан",
              "Republic of Tatarstan",
              "Europe/Moscow",
              false,
              "843",
              "1655",
              "1656",
              "1657",
              "1659",
              "1660"),
          city(
              VLADIVOSTOK,
              "Владивостокский филиал",
              "Vladivostok branch",
              "Владивосток",
              "Vladivostok",
              "Приморский край",
              "Primorsky Krai",
              "Asia/Vladivostok",
              false,
              "423",
              "2536",
              "2537",
              "2538",
              "2540",
              "2543"));

  static DemoCity byCode(String code) {
    return ALL.stream()
        .filter(c -> c.code.equals(code))
        .findFirst()
        .orElseThrow(() -> new NoSuchElementException(code));
  }

  private static DemoCity city(
      String code,
      String branchRu,
      String branchEn,
      String cityRu,
      String cityEn,
      String regionRu,
      String regionEn,
      String zone,
      boolean headOffice,
      String areaCode,
      String... taxOffices) {
    return new DemoCity(
        code,
        new LocalizedText(branchRu, branchEn),
        new LocalizedText(cityRu, cityEn),
        new LocalizedText(regionRu, regionEn),
        ZoneId.of(zone),
        headOffice,
        List.of(taxOffices),
        areaCode);
  }
}
