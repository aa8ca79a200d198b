package com.onewindow.shared.coverage;

import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * Brings an address as people type it to the form the coverage map is compared in: trimmed, lower
 * case, "ё" as "е", without the "г."/"ул."/"улица" words, and a house such as "12к1" or "12/3" by
 * its number.
 */
public final class AddressNormaliser {

  private static final Pattern SPACES = Pattern.compile("[\\s,]+");
  private static final Pattern CITY_WORD = Pattern.compile("^(г\\.|г |город )\\s*");
  private static final Pattern STREET_WORD =
      Pattern.compile("(^(ул\\.|ул |улица )\\s*)|(\\s+(ул\\.?|улица)$)");
  private static final Pattern HOUSE =
      Pattern.compile(
          "^(?:(?:д\\.|дом)\\s*)?(\\d{1,5})"
              + "(?:\\s*(?:[/\\-]|к\\.?|корп\\.?|корпус|стр\\.?|строение)?\\s*[0-9a-zа-я]{0,4}\\.?)?$");

  private AddressNormaliser() {}

  public static String city(String typed) {
    return CITY_WORD.matcher(common(typed)).replaceFirst("").strip();
  }

  public static String street(String typed) {
    return STREET_WORD.matcher(common(typed)).replaceAll("").strip();
  }

  /** The number part of a house ("12к1", "12/3", "д. 12А" → 12), or empty when it has none. */
  public static OptionalInt houseNumber(String typed) {
    var matcher = HOUSE.matcher(common(typed));
    if (!matcher.matches()) {
      return OptionalInt.empty();
    }
    int number = Integer.parseInt(matcher.group(1));
    return number == 0 ? OptionalInt.empty() : OptionalInt.of(number);
  }

  /** The problem with one field of a typed address, as a message key, if any. */
  public static Optional<String> problemWith(String field, String typed) {
    if (typed.isBlank()) {
      return Optional.of("address.error." + field + ".missing");
    }
    if ("house".equals(field) && houseNumber(typed).isEmpty()) {
      return Optional.of("address.error.house.malformed");
    }
    return Optional.empty();
  }

  private static String common(String typed) {
    return SPACES
        .matcher(typed.strip().toLowerCase(Locale.ROOT).replace('ё', 'е'))
        .replaceAll(" ")
        .strip();
  }
}
