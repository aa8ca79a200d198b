package com.onewindow.shared.demo;

import com.onewindow.shared.catalog.Industry;
import com.onewindow.shared.company.Address;
import com.onewindow.shared.company.Companies;
import com.onewindow.shared.company.Company;
import com.onewindow.shared.company.Inn;
import com.onewindow.shared.company.Kpp;
import com.onewindow.shared.coverage.CoverageStatus;
import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Makes the client companies with valid INNs of their city's tax offices, their sites on covered
 * streets and their contact persons.
 */
@Component
class DemoCompanies {

  /** The sites of the companies the demo logins and the source article's story are about. */
  private static final Map<String, List<String>> KNOWN_STREETS =
      Map.of(
          DemoCompanyList.VOLGA_HOTEL, List.of("ул. Московская", "проспект Кирова"),
          DemoCompanyList.SARATOV_BAKERY, List.of("ул. Рахова", "ул. Московская"),
          DemoCompanyList.URAL_TRADE,
              List.of("ул. Ленина", "Комсомольский проспект", "ул. Сибирская"));

  /** The customers who sign in to the portal; they are contacts of their companies too. */
  static final Map<String, String[]> KNOWN_CONTACTS =
      Map.of(
          DemoCompanyList.VOLGA_HOTEL,
              new String[] {"Петрова Ольга Николаевна", "Управляющая", "olga@volga-hotel.example"},
          DemoCompanyList.URAL_TRADE,
              new String[] {
                "Кузнецов Иван Сергеевич", "Директор по развитию", "ivan@ural-trade.example"
              });

  private static final List<String> SECOND_POSITIONS =
      List.of(
          "Системный администратор",
          "Офис-менеджер",
          "Главный бухгалтер",
          "Заместитель" + " директора",
          "Руководитель ИТ-отдела");

  private final Companies companies;

  DemoCompanies(Companies companies) {
    this.companies = companies;
  }

  void create(DemoWorld world) {
    Set<String> inns = new HashSet<>();
    for (var entry : DemoCompanyList.ALL) {
      var city = DemoCity.byCode(entry.city());
      Inn inn = uniqueInn(world, city, entry.soleTrader(), inns);
      Kpp kpp = entry.soleTrader() ? null : new Kpp(inn.value().substring(0, 4) + "01001");
      int ageDays =
          entry.slug().equals(DemoCompanyList.SARATOV_BAKERY) ? 1180 : world.between(240, 1000);
      var company =
          new Company(
                  inn,
                  kpp,
                  entry.legalName(),
                  entry.industry(),
                  world.branch(city.code()),
                  world.now.minus(Duration.ofDays(ageDays)))
              .withPhone(DemoPeople.cityPhone(world, city));
      if (entry.federal()) {
        company.markFederal();
      }
      addSites(world, entry, company);
      addContacts(world, entry, company);
      companies.save(company);
      world.companies.add(company);
      world.companiesBySlug.put(entry.slug(), company);
    }
    chooseProspects(world);
  }

  /** Per branch, its last ordinary company in the list (not federal, not in a scripted story). */
  private static void chooseProspects(DemoWorld world) {
    Set<String> scripted =
        Set.of(
            DemoCompanyList.VOLGA_HOTEL,
            DemoCompanyList.URAL_TRADE,
            DemoCompanyList.SARATOV_BAKERY);
    Map<String, Company> lastPerBranch = new LinkedHashMap<>();
    world.companiesBySlug.forEach(
        (slug, company) -> {
          if (!company.isFederal() && !scripted.contains(slug)) {
            lastPerBranch.put(company.getHomeBranch().getCode(), company);
          }
        });
    world.prospects.addAll(lastPerBranch.values());
  }

  private static Inn uniqueInn(
      DemoWorld world, DemoCity city, boolean soleTrader, Set<String> seen) {
    while (true) {
      var leading = new StringBuilder(world.pick(city.taxOffices()));
      int length = soleTrader ? 10 : 9;
      while (leading.length() < length) {
        leading.append(world.random.nextInt(10));
      }
      Inn inn = Inn.withCheckDigits(leading.toString());
      if (seen.add(inn.value())) {
        return inn;
      }
    }
  }

  private static void addSites(DemoWorld world, DemoCompanyList.Entry entry, Company company) {
    List<String> known = KNOWN_STREETS.getOrDefault(entry.slug(), List.of());
    for (int i = 0; i < entry.sites(); i++) {
      String cityCode = entry.federal() ? entry.federalCities().get(i) : entry.city();
      var streets = DemoStreets.forSites(cityCode);
      var covered = streets.stream().filter(s -> s.status() == CoverageStatus.COVERED).toList();
      String knownStreet = i < known.size() ? known.get(i) : null;
      DemoStreets.Street street =
          knownStreet != null
              ? streets.stream().filter(s -> s.name().equals(knownStreet)).findFirst().orElseThrow()
              : world.chance(0.85) ? world.pick(covered) : world.pick(streets);
      String house = String.valueOf(world.between(street.houseFrom(), street.houseTo()));
      if (world.chance(0.1)) {
        house += world.chance(0.5) ? "А" : " к2";
      }
      var city = DemoCity.byCode(cityCode);
      var address = new Address(city.city().ru(), street.name(), house, premises(world, entry));
      company.addSite(label(entry, i, city), address, world.branch(cityCode));
    }
  }

  private static @Nullable String premises(DemoWorld world, DemoCompanyList.Entry entry) {
    boolean inOfficeBuilding =
        entry.industry() == Industry.OFFICES || entry.industry() == Industry.OTHER;
    return inOfficeBuilding && world.chance(0.6) ? "офис " + world.between(2, 620) : null;
  }

  private static String label(DemoCompanyList.Entry entry, int index, DemoCity city) {
    String kind =
        switch (entry.industry()) {
          case HOSPITALITY -> "Гостиница";
          case RESTAURANTS -> "Ресторан";
          case RETAIL -> "Магазин";
          case OFFICES -> "Офис";
          case OTHER -> index == 0 ? "Главный офис" : "Производство";
        };
    if (entry.federal()) {
      return kind + " — " + city.city().ru();
    }
    return entry.sites() == 1 ? kind : kind + " №" + (index + 1);
  }

  private static void addContacts(DemoWorld world, DemoCompanyList.Entry entry, Company company) {
    String domain = entry.slug() + ".example";
    var owner = entry.soleTrader() ? DemoPeople.parse(entry.name()) : DemoPeople.person(world);
    company.addContact(
        owner.fullName(),
        entry.soleTrader() ? "Индивидуальный предприниматель" : "Генеральный директор",
        DemoPeople.mobilePhone(world),
        owner.email(domain));
    String[] known = KNOWN_CONTACTS.get(entry.slug());
    if (known != null) {
      company.addContact(known[0], known[1], DemoPeople.mobilePhone(world), known[2]);
    } else if (world.chance(0.5)) {
      var second = DemoPeople.person(world);
      company.addContact(
          second.fullName(),
          world.pick(SECOND_POSITIONS),
          DemoPeople.mobilePhone(world),
          second.email(domain));
    }
  }
}
