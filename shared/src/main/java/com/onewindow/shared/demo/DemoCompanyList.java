package com.onewindow.shared.demo;

import static com.onewindow.shared.catalog.Industry.HOSPITALITY;
import static com.onewindow.shared.catalog.Industry.OFFICES;
import static com.onewindow.shared.catalog.Industry.OTHER;
import static com.onewindow.shared.catalog.Industry.RESTAURANTS;
import static com.onewindow.shared.catalog.Industry.RETAIL;
import static com.onewindow.shared.demo.DemoCity.KAZAN;
import static com.onewindow.shared.demo.DemoCity.MOSCOW;
import static com.onewindow.shared.demo.DemoCity.NOVOSIBIRSK;
import static com.onewindow.shared.demo.DemoCity.PERM;
import static com.onewindow.shared.demo.DemoCity.SARATOV;
import static com.onewindow.shared.demo.DemoCity.VLADIVOSTOK;
import static com.onewindow.shared.demo.DemoCity.YEKATERINBURG;

import com.onewindow.shared.catalog.Industry;
import java.util.Collections;
import java.util.List;

/**
 * The client companies of the demo, by city. {@code slug} is the company's web domain, which its
 * e-mail addresses use. Sole traders ("ИП") are named after their owner. Federal clients have their
 * head office in Moscow and sites in several cities.
 */
final class DemoCompanyList {

  static final String VOLGA_HOTEL = "volga-hotel";
  static final String URAL_TRADE = "ural-trade";
  static final String SARATOV_BAKERY = "saratov-bread";

  record Entry(
      String city,
      String form,
      String name,
      String slug,
      Industry industry,
      int sites,
      List<String> federalCities) {

    boolean soleTrader() {
      return form.equals("ИП");
    }

    boolean federal() {
      return !federalCities.isEmpty();
    }

    String legalName() {
      return soleTrader() ? "ИП " + name : form + " «" + name + "»";
    }
  }

  static final List<Entry> ALL =
      List.of(
          e(SARATOV, "ООО", "Волга-Отель", VOLGA_HOTEL, HOSPITALITY, 2),
          e(SARATOV, "ООО", "Саратовский хлебозавод", SARATOV_BAKERY, OTHER, 2),
          e(SARATOV, "ООО", "Липки", "lipki-cafe", RESTAURANTS, 1),
          e(SARATOV, "ООО", "Покровские аптеки", "pokrov-pharm", RETAIL, 3),
          e(SARATOV, "АО", "Волжский проектный институт", "volga-project", OFFICES, 1),
          e(SARATOV, "ИП", "Смирнова Анна Сергеевна", "smirnova-shop", RETAIL, 1),
          e(SARATOV, "ООО", "Соколовая гора", "sokolovaya", HOSPITALITY, 1),
          e(SARATOV, "ООО", "Зерно и молоко", "zerno-coffee", RESTAURANTS, 2),
          e(SARATOV, "ООО", "Саратовская юридическая компания", "saratov-law", OFFICES, 1),
          e(SARATOV, "ООО", "Агроснаб-Поволжье", "agrosnab", OTHER, 1),
          e(SARATOV, "ИП", "Орлов Дмитрий Викторович", "orlov-auto", OTHER, 1),
          e(PERM, "ООО", "Уральская торговля", URAL_TRADE, RETAIL, 3),
          e(PERM, "АО", "Пермские узоры", "perm-uzory", RETAIL, 2),
          e(PERM, "ООО", "Кама-Отель", "kama-hotel", HOSPITALITY, 1),
          e(PERM, "ООО", "Пельменная №1", "pelmennaya", RESTAURANTS, 2),
          e(PERM, "ООО", "Прикамский инжиниринг", "prikam-eng", OFFICES, 1),
          e(PERM, "ООО", "Камская логистика", "kama-logistic", OTHER, 2),
          e(PERM, "ИП", "Лебедева Марина Игоревна", "lebedeva-flowers", RETAIL, 1),
          e(PERM, "ООО", "Морион-Офис", "morion", OFFICES, 1),
          e(PERM, "ООО", "Усадьба на Каме", "usadba-kama", HOSPITALITY, 1),
          e(PERM, "ООО", "Пермская медицинская лаборатория", "perm-lab", OTHER, 1),
          e(PERM, "ИП", "Зайцев Павел Андреевич", "zaitsev-bakery", RESTAURANTS, 1),
          e(MOSCOW, "ООО", "Арбат Консалтинг", "arbat-consult", OFFICES, 1),
          e(MOSCOW, "ООО", "Трактир на Тверской", "tverskaya-tavern", RESTAURANTS, 1),
          e(MOSCOW, "ООО", "Отель Пресня", "presnya-hotel", HOSPITALITY, 1),
          e(MOSCOW, "АО", "Столичные окна", "stolichnye-okna", OTHER, 2),
          e(MOSCOW, "ООО", "Книжная лавка", "knizhnaya-lavka", RETAIL, 2),
          e(MOSCOW, "ООО", "Цифровые решения", "digital-solutions", OFFICES, 1),
          e(MOSCOW, "ИП", "Новикова Екатерина Павловна", "novikova-studio", OFFICES, 1),
          e(MOSCOW, "ООО", "Якиманка Фуд", "yakimanka-food", RESTAURANTS, 3),
          e(MOSCOW, "ООО", "Клиника Здоровье", "clinic-zdorovye", OTHER, 2),
          e(MOSCOW, "ООО", "Столичный хостел", "capital-hostel", HOSPITALITY, 1),
          e(YEKATERINBURG, "ООО", "Исеть-Отель", "iset-hotel", HOSPITALITY, 1),
          e(YEKATERINBURG, "ООО", "Уральская кухня", "ural-kitchen", RESTAURANTS, 2),
          e(YEKATERINBURG, "АО", "Уральское проектное бюро", "ural-design", OFFICES, 1),
          e(YEKATERINBURG, "ООО", "Малахит", "malakhit-jewelry", RETAIL, 2),
          e(YEKATERINBURG, "ООО", "Екатеринбургская сервисная компания", "ekb-service", OTHER, 1),
          e(YEKATERINBURG, "ИП", "Морозов Алексей Сергеевич", "morozov-coffee", RESTAURANTS, 1),
          e(YEKATERINBURG, "ООО", "Плотинка Офис", "plotinka-office", OFFICES, 1),
          e(YEKATERINBURG, "ООО", "Горный хрусталь", "gorny-khrustal", RETAIL, 1),
          e(NOVOSIBIRSK, "ООО", "Обь-Отель", "ob-hotel", HOSPITALITY, 1),
          e(NOVOSIBIRSK, "ООО", "Сибирский трактир", "siberian-tavern", RESTAURANTS, 2),
          e(NOVOSIBIRSK, "ООО", "Академгородок Софт", "akadem-soft", OFFICES, 1),
          e(NOVOSIBIRSK, "ООО", "Сибирская торговая компания", "sib-trade", RETAIL, 3),
          e(NOVOSIBIRSK, "ООО", "Сибирский кедр", "sib-kedr", OTHER, 1),
          e(NOVOSIBIRSK, "ИП", "Волкова Ирина Николаевна", "volkova-shop", RETAIL, 1),
          e(NOVOSIBIRSK, "ООО", "Красный проспект Бизнес", "krasny-business", OFFICES, 1),
          e(NOVOSIBIRSK, "ООО", "Новосибирская стоматология", "nsk-dental", OTHER, 1),
          e(KAZAN, "ООО", "Отель Кремлёвский", "kremlin-hotel", HOSPITALITY, 1),
          e(KAZAN, "ООО", "Чак-чак Хаус", "chak-chak", RESTAURANTS, 2),
          e(KAZAN, "ООО", "Волга ИТ", "volga-it", OFFICES, 1),
          e(KAZAN, "ООО", "Казанские ткани", "kazan-textile", RETAIL, 2),
          e(KAZAN, "ИП", "Галиева Алсу Ринатовна", "galieva-salon", OTHER, 1),
          e(KAZAN, "ООО", "БЦ Бауман", "bauman-bc", OFFICES, 1),
          e(KAZAN, "ООО", "Казанская пекарня", "kazan-bakery", RESTAURANTS, 1),
          e(KAZAN, "АО", "Поволжская логистика", "volga-logistic", OTHER, 2),
          e(VLADIVOSTOK, "ООО", "Золотой Рог Отель", "zolotoy-rog", HOSPITALITY, 1),
          e(VLADIVOSTOK, "ООО", "Краб и Ко", "crab-co", RESTAURANTS, 1),
          e(VLADIVOSTOK, "ООО", "Приморская торговая сеть", "primorye-trade", RETAIL, 2),
          e(VLADIVOSTOK, "ООО", "Тихоокеанская логистика", "pacific-logistic", OTHER, 2),
          e(VLADIVOSTOK, "ООО", "Дальневосточный консалтинг", "dv-consult", OFFICES, 1),
          e(VLADIVOSTOK, "ИП", "Козлов Игорь Олегович", "kozlov-fish", RETAIL, 1),
          federal(
              "АО", "Гастроном 24", "gastronom24", RETAIL, MOSCOW, SARATOV, PERM, YEKATERINBURG),
          federal(
              "ООО",
              "Отели Сфера",
              "sfera-hotels",
              HOSPITALITY,
              MOSCOW,
              KAZAN,
              NOVOSIBIRSK,
              VLADIVOSTOK),
          federal("АО", "Стройлайн", "stroyline", OFFICES, MOSCOW, YEKATERINBURG, NOVOSIBIRSK),
          federal("ООО", "Бодрое утро", "bodroe-utro", RESTAURANTS, MOSCOW, KAZAN, SARATOV, PERM));

  private DemoCompanyList() {}

  private static Entry e(
      String city, String form, String name, String slug, Industry industry, int sites) {
    return new Entry(city, form, name, slug, industry, sites, Collections.emptyList());
  }

  private static Entry federal(
      String form, String name, String slug, Industry industry, String... cities) {
    return new Entry(MOSCOW, form, name, slug, industry, cities.length, List.of(cities));
  }
}
