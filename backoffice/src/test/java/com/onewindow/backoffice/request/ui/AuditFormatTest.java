package com.onewindow.backoffice.request.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.onewindow.shared.audit.AuditChange;
import com.onewindow.shared.audit.AuditRecord;
import com.onewindow.shared.testing.AppBundles;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The audit's changes read in the user's language, with the app's real bundles. */
class AuditFormatTest {

  private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

  private final ResourceBundleMessageSource bundles = AppBundles.load();

  private String describe(AuditRecord record, Locale locale) {
    return new AuditFormat((key, args) -> bundles.getMessage(key, args, locale), locale)
        .describe(record);
  }

  private static AuditRecord record(AuditChange... changes) {
    return new AuditRecord(
        Instant.EPOCH, "Жуков Павел Сергеевич", "REJECT", List.of(changes), null);
  }

  @Test
  void a_rejection_reads_as_translated_statuses_reason_and_survey_result() {
    var rejected =
        record(
            new AuditChange("status", "SURVEY", "REJECTED"),
            new AuditChange("surveyFeasible", null, "false"),
            new AuditChange("rejectReason", null, "NOT_FEASIBLE"),
            new AuditChange("text", null, "Нет кабельной канализации"));

    assertThat(describe(rejected, RUSSIAN))
        .isEqualTo(
            "Статус: Обследование площадки → Отклонена; Обследование: Подключение невозможно;"
                + " Причина отказа: Подключение невозможно; Текст: Нет кабельной канализации");
    assertThat(describe(rejected, Locale.ENGLISH))
        .isEqualTo(
            "Status: Site survey → Rejected; Survey: Not feasible; Rejection reason: Not feasible;"
                + " Text: Нет кабельной канализации");
  }

  @Test
  void a_hold_and_a_booked_visit_name_no_enum_constants() {
    var held =
        record(
            new AuditChange("status", "SCHEDULED", "ON_HOLD"),
            new AuditChange("heldFrom", null, "SCHEDULED"));
    var booked =
        record(
            new AuditChange("status", "IN_REVIEW", "SCHEDULED"),
            new AuditChange("installDate", null, "2026-12-01"),
            new AuditChange("installWindow", null, "MORNING"));

    assertThat(describe(held, RUSSIAN))
        .isEqualTo(
            "Статус: Монтаж назначен → Ожидает клиента; Отложена из статуса: Монтаж назначен");
    assertThat(describe(booked, Locale.ENGLISH))
        .isEqualTo(
            "Status: In review → Installation scheduled; Installation date: Dec 1, 2026;"
                + " Installation window: Morning (9:00–13:00)");
  }

  @Test
  void a_change_of_attribution_names_the_channel_in_words_and_the_managers_as_they_are() {
    var reattributed =
        new AuditRecord(
            Instant.EPOCH,
            "Тарасов Владимир Иванович",
            "REATTRIBUTE",
            List.of(
                new AuditChange("channel", "DIRECT", "INBOUND"),
                new AuditChange("foundBy", "Воробьёв Алексей Николаевич", null),
                new AuditChange("carriedBy", null, "Киселёва Елена Викторовна"),
                new AuditChange("text", null, "Клиент позвонил сам")),
            null);

    assertThat(describe(reattributed, RUSSIAN))
        .isEqualTo(
            "Канал: Прямые продажи → Входящие продажи; Нашёл клиента: Воробьёв Алексей Николаевич"
                + " → —; Провёл сделку: Киселёва Елена Викторовна; Текст: Клиент позвонил сам");
    assertThat(describe(reattributed, Locale.ENGLISH))
        .isEqualTo(
            "Channel: Direct sales → Inbound sales; Found the client: Воробьёв Алексей Николаевич"
                + " → —; Carried the deal: Киселёва Елена Викторовна; Text: Клиент позвонил сам");
  }

  @Test
  void an_entry_written_in_words_only_is_shown_as_written() {
    var old =
        new AuditRecord(
            Instant.EPOCH, "Жуков Павел Сергеевич", "CLAIM", List.of(), "status: A → B");

    assertThat(describe(old, RUSSIAN)).isEqualTo("status: A → B");
  }
}
