package com.onewindow.backoffice.request.ui;

import com.onewindow.shared.audit.AuditChange;
import com.onewindow.shared.audit.AuditRecord;
import com.onewindow.shared.common.Translator;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Says what an audited action changed in the reader's language: the audit keeps field names and
 * values as data (enum names, ISO dates, true/false), this turns them into "Статус: На рассмотрении
 * → Отклонена"; names of people and typed text stay as they are. Entries written in words only are
 * shown as they were written.
 */
final class AuditFormat {

  private static final Set<String> FIELDS =
      Set.of(
          "status",
          "heldFrom",
          "assignee",
          "installDate",
          "installWindow",
          "installed",
          "surveyFeasible",
          "rejectReason",
          "channel",
          "foundBy",
          "carriedBy",
          "text");

  private final Translator translations;
  private final DateTimeFormatter dates;

  AuditFormat(Translator translations, Locale locale) {
    this.translations = translations;
    this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
  }

  String describe(AuditRecord record) {
    if (record.changes().isEmpty()) {
      return record.summary() == null || record.summary().isBlank() ? "—" : record.summary();
    }
    return record.changes().stream().map(this::change).collect(Collectors.joining("; "));
  }

  private String change(AuditChange change) {
    String field = change.field();
    String label = FIELDS.contains(field) ? translations.get("audit.field." + field) : field;
    String after = value(field, change.after());
    return change.before() == null
        ? label + ": " + after
        : label + ": " + value(field, change.before()) + " → " + after;
  }

  private String value(String field, @Nullable String value) {
    if (value == null) {
      return "—";
    }
    return switch (field) {
      case "status", "heldFrom" -> translations.get("status." + value);
      case "installWindow" -> translations.get("window." + value);
      case "channel" -> translations.get("channel." + value);
      case "rejectReason" -> translations.get("rejectReason." + value);
      case "surveyFeasible" ->
          translations.get(Boolean.parseBoolean(value) ? "survey.feasible" : "survey.notFeasible");
      case "installed" ->
          translations.get(Boolean.parseBoolean(value) ? "detail.yes" : "detail.no");
      case "installDate" -> date(value);
      default -> value;
    };
  }

  private String date(String iso) {
    try {
      return dates.format(LocalDate.parse(iso));
    } catch (DateTimeParseException notADate) {
      return iso;
    }
  }
}
