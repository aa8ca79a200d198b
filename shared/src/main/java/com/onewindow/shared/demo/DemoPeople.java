package com.onewindow.shared.demo;

import java.util.List;
import java.util.Locale;

/** Russian names, e-mail addresses and phone numbers that look like the real thing. */
final class DemoPeople {

  private static final List<String> MEN =
      List.of(
          "Александр",
          "Дмитрий",
          "Сергей",
          "Андрей",
          "Алексей",
          "Михаил",
          "Иван",
          "Николай",
          "Павел",
          "Артём",
          "Владимир",
          "Евгений",
          "Игорь",
          "Олег",
          "Роман",
          "Максим");
  private static final List<String> WOMEN =
      List.of(
          "Анна",
          "Елена",
          "Ольга",
          "Наталья",
          "Татьяна",
          "Марина",
          "Ирина",
          "Светлана",
          "Екатерина",
          "Юлия",
          "Мария",
          "Дарья",
          "Ксения",
          "Виктория");

  /** Surnames in the masculine form; each takes "а" for a woman. */
  private static final List<String> SURNAMES =
      List.of(
          "Иванов",
          "Смирнов",
          "Кузнецов",
          "Попов",
          "Васильев",
          "Петров",
          "Соколов",
          "Михайлов",
          "Новиков",
          "Фёдоров",
          "Морозов",
          "Волков",
          "Алексеев",
          "Лебедев",
          "Семёнов",
          "Егоров",
          "Павлов",
          "Козлов",
          "Степанов",
          "Николаев",
          "Орлов",
          "Андреев",
          "Макаров",
          "Никитин",
          "Захаров",
          "Зайцев",
          "Борисов",
          "Яковлев",
          "Григорьев",
          "Романов",
          "Сергеев",
          "Фролов",
          "Жуков",
          "Тарасов",
          "Комаров",
          "Медведев",
          "Калинин",
          "Гусев",
          "Титов",
          "Кудрявцев");

  /** Patronymics as pairs: the son's, the daughter's. */
  private static final List<String[]> PATRONYMICS =
      List.of(
          new String[] {"Александрович", "Александровна"},
          new String[] {"Дмитриевич", "Дмитриевна"},
          new String[] {"Сергеевич", "Сергеевна"},
          new String[] {"Андреевич", "Андреевна"},
          new String[] {"Алексеевич", "Алексеевна"},
          new String[] {"Михайлович", "Михайловна"},
          new String[] {"Иванович", "Ивановна"},
          new String[] {"Николаевич", "Николаевна"},
          new String[] {"Владимирович", "Владимировна"},
          new String[] {"Викторович", "Викторовна"},
          new String[] {"Юрьевич", "Юрьевна"},
          new String[] {"Олегович", "Олеговна"});

  private static final String[] LATIN = {
    "a", "b", "v", "g", "d", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s", "t",
    "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya"
  };

  /** A person's name: surname, first name, patronymic, as Russian documents write it. */
  record Person(String surname, String firstName, String patronymic) {

    String fullName() {
      return surname + " " + firstName + " " + patronymic;
    }

    /** "Имя Фамилия", as people introduce themselves. */
    String shortName() {
      return firstName + " " + surname;
    }

    /** The usual work address: initial, dot, surname, in Latin letters. */
    String email(String domain) {
      return latin(firstName).charAt(0) + "." + latin(surname) + "@" + domain;
    }
  }

  private DemoPeople() {}

  static Person person(DemoWorld world) {
    boolean woman = world.chance(0.5);
    String surname = world.pick(SURNAMES);
    String[] patronymic = world.pick(PATRONYMICS);
    return woman
        ? new Person(surname + "а", world.pick(WOMEN), patronymic[1])
        : new Person(surname, world.pick(MEN), patronymic[0]);
  }

  /** Parses "Фамилия Имя Отчество". */
  static Person parse(String fullName) {
    String[] parts = fullName.split(" ");
    return new Person(parts[0], parts[1], parts[2]);
  }

  /** A landline of the city, e.g. +7 (342) 215-40-17; Saratov's area code has four digits. */
  static String cityPhone(DemoWorld world, DemoCity city) {
    String local = "2" + digits(world, 9 - city.areaCode().length());
    return "+7 (" + city.areaCode() + ") " + group(local);
  }

  static String mobilePhone(DemoWorld world) {
    return "+7 (9" + digits(world, 2) + ") " + group(digits(world, 7));
  }

  /** Cyrillic to Latin letters, the way e-mail addresses and web domains spell Russian names. */
  static String latin(String russian) {
    var out = new StringBuilder();
    for (char c : russian.toLowerCase(Locale.ROOT).toCharArray()) {
      if (c == 'ё') {
        out.append('e');
      } else if (c >= 'а' && c <= 'я') {
        out.append(LATIN[c - 'а']);
      } else if (c == ' ' || c == '-') {
        out.append('-');
      } else if (Character.isLetterOrDigit(c) && c < 128) {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static String digits(DemoWorld world, int count) {
    var out = new StringBuilder();
    for (int i = 0; i < count; i++) {
      out.append(world.random.nextInt(10));
    }
    return out.toString();
  }

  /** Groups the local number as Russians write it: 215-40-17, or 27-40-17 for six digits. */
  private static String group(String local) {
    int head = local.length() - 4;
    return local.substring(0, head)
        + "-"
        + local.substring(head, head + 2)
        + "-"
        + local.substring(head + 2);
  }
}
