package com.onewindow.shared.demo;

import static com.onewindow.shared.coverage.CoverageStatus.COVERED;
import static com.onewindow.shared.coverage.CoverageStatus.NOT_COVERED;
import static com.onewindow.shared.coverage.CoverageStatus.SURVEY_NEEDED;
import static com.onewindow.shared.coverage.Technology.COPPER;
import static com.onewindow.shared.coverage.Technology.FIBER;
import static com.onewindow.shared.coverage.Technology.RADIO;
import static com.onewindow.shared.demo.DemoCity.KAZAN;
import static com.onewindow.shared.demo.DemoCity.MOSCOW;
import static com.onewindow.shared.demo.DemoCity.NOVOSIBIRSK;
import static com.onewindow.shared.demo.DemoCity.PERM;
import static com.onewindow.shared.demo.DemoCity.SARATOV;
import static com.onewindow.shared.demo.DemoCity.VLADIVOSTOK;
import static com.onewindow.shared.demo.DemoCity.YEKATERINBURG;

import com.onewindow.shared.coverage.CoverageStatus;
import com.onewindow.shared.coverage.Technology;
import java.util.List;

/**
 * The coverage map of the demo: real streets of each city, whole streets lit with fibre, older
 * buildings on copper, outskirts on radio, and stretches that need a site survey first.
 */
final class DemoStreets {

  record Street(
      String city,
      String name,
      int houseFrom,
      int houseTo,
      Technology technology,
      CoverageStatus status,
      int maxSpeedMbps) {}

  static final List<Street> ALL =
      List.of(
          new Street(MOSCOW, "ул. Тверская", 1, 30, FIBER, COVERED, 1000),
          new Street(MOSCOW, "Ленинградский проспект", 1, 80, FIBER, COVERED, 1000),
          new Street(MOSCOW, "Пресненская набережная", 2, 12, FIBER, COVERED, 1000),
          new Street(MOSCOW, "ул. Большая Якиманка", 1, 58, FIBER, SURVEY_NEEDED, 1000),
          new Street(MOSCOW, "ул. Складочная", 1, 6, COPPER, COVERED, 100),
          new Street(PERM, "ул. Ленина", 1, 100, FIBER, COVERED, 1000),
          new Street(PERM, "Комсомольский проспект", 1, 95, FIBER, COVERED, 1000),
          new Street(PERM, "ул. Сибирская", 1, 60, COPPER, COVERED, 100),
          new Street(PERM, "шоссе Космонавтов", 100, 330, FIBER, SURVEY_NEEDED, 500),
          new Street(PERM, "ул. Героев Хасана", 100, 160, RADIO, NOT_COVERED, 0),
          new Street(SARATOV, "ул. Московская", 1, 160, FIBER, COVERED, 1000),
          new Street(SARATOV, "проспект Кирова", 1, 60, FIBER, COVERED, 1000),
          new Street(SARATOV, "ул. Чернышевского", 1, 220, FIBER, SURVEY_NEEDED, 500),
          new Street(SARATOV, "ул. Рахова", 1, 120, COPPER, COVERED, 100),
          new Street(SARATOV, "Набережная Космонавтов", 1, 10, RADIO, COVERED, 50),
          new Street(YEKATERINBURG, "проспект Ленина", 1, 100, FIBER, COVERED, 1000),
          new Street(YEKATERINBURG, "ул. Малышева", 1, 150, FIBER, COVERED, 1000),
          new Street(YEKATERINBURG, "ул. Вайнера", 1, 60, COPPER, COVERED, 100),
          new Street(YEKATERINBURG, "ул. Академика Шварца", 1, 22, FIBER, SURVEY_NEEDED, 500),
          new Street(NOVOSIBIRSK, "Красный проспект", 1, 220, FIBER, COVERED, 1000),
          new Street(NOVOSIBIRSK, "ул. Ленина", 1, 95, FIBER, COVERED, 1000),
          new Street(NOVOSIBIRSK, "ул. Станционная", 1, 80, RADIO, SURVEY_NEEDED, 100),
          new Street(NOVOSIBIRSK, "Морской проспект", 1, 60, COPPER, COVERED, 100),
          new Street(KAZAN, "ул. Баумана", 1, 80, FIBER, COVERED, 1000),
          new Street(KAZAN, "ул. Пушкина", 1, 70, FIBER, COVERED, 1000),
          new Street(KAZAN, "проспект Победы", 1, 230, FIBER, SURVEY_NEEDED, 500),
          new Street(KAZAN, "ул. Декабристов", 1, 190, COPPER, COVERED, 100),
          new Street(VLADIVOSTOK, "ул. Светланская", 1, 200, FIBER, COVERED, 1000),
          new Street(VLADIVOSTOK, "ул. Алеутская", 1, 80, COPPER, COVERED, 100),
          new Street(VLADIVOSTOK, "Океанский проспект", 1, 140, FIBER, SURVEY_NEEDED, 500),
          new Street(VLADIVOSTOK, "ул. Русская", 1, 90, RADIO, COVERED, 50));

  private DemoStreets() {}

  /** The streets of a city where a site can be: covered, or connectable after a survey. */
  static List<Street> forSites(String city) {
    return ALL.stream().filter(s -> s.city().equals(city) && s.status() != NOT_COVERED).toList();
  }
}
