package com.onewindow.backoffice.request.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.onewindow.shared.request.RejectReason;
import com.onewindow.shared.request.RequestDetails.TimelineEntry;
import com.onewindow.shared.request.RequestEventType;
import com.onewindow.shared.request.RequestStatus;
import com.onewindow.shared.testing.AppBundles;
import java.time.Instant;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** A step's decisions on the staff timeline, in the user's language, with the real bundles. */
class TimelineFormatTest {

  private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

  private final ResourceBundleMessageSource bundles = AppBundles.load();

  private TimelineFormat in(Locale locale) {
    return new TimelineFormat((key, args) -> bundles.getMessage(key, args, locale));
  }

  private static TimelineEntry entry(
      RequestEventType type,
      @Nullable String text,
      @Nullable Boolean feasible,
      @Nullable RejectReason reason) {
    return new TimelineEntry(
        Instant.EPOCH,
        type,
        RequestStatus.SURVEY,
        RequestStatus.REJECTED,
        "Жуков Павел Сергеевич",
        text,
        null,
        feasible,
        reason,
        true);
  }

  @Test
  void a_rejection_reads_as_its_translated_reason_and_its_explanation() {
    var rejected = entry(RequestEventType.REJECTED, "Уже подана", null, RejectReason.DUPLICATE);

    assertThat(in(RUSSIAN).decisions(rejected)).containsExactly("Причина: Дубликат");
    assertThat(in(RUSSIAN).text(rejected)).isEqualTo("Пояснение: Уже подана");
    assertThat(in(Locale.ENGLISH).decisions(rejected)).containsExactly("Reason: Duplicate");
    assertThat(in(Locale.ENGLISH).text(rejected)).isEqualTo("Explanation: Уже подана");
  }

  @Test
  void a_survey_reads_as_its_result_and_notes_marked_as_unseen_by_the_customer() {
    var survey = entry(RequestEventType.SURVEY_RECORDED, "Нет канализации", false, null);

    assertThat(in(RUSSIAN).decisions(survey)).containsExactly("Подключение невозможно");
    assertThat(in(RUSSIAN).text(survey))
        .isEqualTo("Заметки обследования (клиент их не видит): Нет канализации");
    assertThat(in(Locale.ENGLISH).decisions(survey)).containsExactly("Not feasible");
  }

  @Test
  void a_hold_reads_as_what_is_awaited_from_the_customer() {
    var hold = entry(RequestEventType.PUT_ON_HOLD, "Копию договора", null, null);

    assertThat(in(RUSSIAN).decisions(hold)).isEmpty();
    assertThat(in(RUSSIAN).text(hold)).isEqualTo("Чего ждём от клиента: Копию договора");
    assertThat(in(Locale.ENGLISH).text(hold))
        .isEqualTo("Awaited from the customer: Копию договора");
  }

  @Test
  void a_note_stands_as_written() {
    var note = entry(RequestEventType.INTERNAL_NOTE, "Звонить после обеда", null, null);

    assertThat(in(RUSSIAN).decisions(note)).isEmpty();
    assertThat(in(RUSSIAN).text(note)).isEqualTo("Звонить после обеда");
  }
}
