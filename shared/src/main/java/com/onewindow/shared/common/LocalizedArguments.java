package com.onewindow.shared.common;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * Puts the arguments of a message into the reader's words before the message is formatted: a
 * refusal such as "no crew on {0}" carries the date as a value (a {@link LocalDate}), and
 * MessageFormat would print it as 2026-12-17; the reader gets "17 декабря 2026 г." or "December 17,
 * 2026". Other arguments pass through as they are.
 */
public final class LocalizedArguments {

  private LocalizedArguments() {}

  public static Object[] in(Locale locale, Object... arguments) {
    var dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
    var localized = arguments.clone();
    for (int i = 0; i < localized.length; i++) {
      if (localized[i] instanceof LocalDate date) {
        localized[i] = dates.format(date);
      }
    }
    return localized;
  }
}
