package com.onewindow.shared.request;

import com.onewindow.shared.common.Translator;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** An installation visit: a date and a time window, both in the branch's time zone. */
public record InstallVisit(LocalDate date, InstallWindow window) {

  /**
   * The visit in the reader's words, e.g. "17 декабря 2026 г., Утро (9:00–13:00), время филиала
   * (Europe/Saratov)": the window's hours are the branch's, so its zone is named.
   */
  public String describe(Translator words, Locale locale, ZoneId branchZone) {
    return words.get(
        "visit.text",
        DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(date),
        words.get("window." + window.name()),
        branchZone.getId());
  }
}
