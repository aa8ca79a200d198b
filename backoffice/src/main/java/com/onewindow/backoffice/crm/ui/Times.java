package com.onewindow.backoffice.crm.ui;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Dates and times as staff read them: short, in the zone of the branch they concern. */
public final class Times {

  private Times() {}

  public static String dateTime(@Nullable Instant at, ZoneId zone, Locale locale) {
    if (at == null) {
      return "—";
    }
    return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
        .withLocale(locale)
        .withZone(zone)
        .format(at);
  }

  public static String date(@Nullable Instant at, ZoneId zone, Locale locale) {
    if (at == null) {
      return "—";
    }
    return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
        .withLocale(locale)
        .withZone(zone)
        .format(at);
  }

  /** A calendar date that already is the branch's (a contract's signing day). */
  public static String date(LocalDate day, Locale locale) {
    return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(day);
  }

  public static String time(Instant at, ZoneId zone, Locale locale) {
    return DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT)
        .withLocale(locale)
        .withZone(zone)
        .format(at);
  }
}
