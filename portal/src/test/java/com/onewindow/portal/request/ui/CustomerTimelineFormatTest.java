package com.onewindow.portal.request.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.onewindow.shared.request.CustomerRequestDetail.TimelineEntry;
import com.onewindow.shared.request.RejectReason;
import com.onewindow.shared.request.RequestEventType;
import com.onewindow.shared.request.RequestStatus;
import com.onewindow.shared.testing.AppBundles;
import java.time.Instant;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** A step's decisions on the customer's timeline, in their language, with the real bundles. */
class CustomerTimelineFormatTest {

  private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

  private final ResourceBundleMessageSource bundles = AppBundles.load();

  private CustomerTimelineFormat in(Locale locale) {
    return new CustomerTimelineFormat((key, args) -> bundles.getMessage(key, args, locale));
  }

  private static TimelineEntry entry(
      RequestEventType type,
      @Nullable String text,
      @Nullable Boolean feasible,
      @Nullable RejectReason reason) {
    return new TimelineEntry(
        Instant.EPOCH,
        type,
        RequestStatus.REJECTED,
        "Жуков Павел Сергеевич",
        false,
        text,
        null,
        feasible,
        reason);
  }

  @Test
  void a_rejection_reads_as_its_translated_reason_then_its_explanation() {
    var rejected = entry(RequestEventType.REJECTED, "Уже подана", null, RejectReason.INVALID);

    assertThat(in(RUSSIAN).lines(rejected))
        .containsExactly("Причина: Некорректная заявка", "Уже подана");
    assertThat(in(Locale.ENGLISH).lines(rejected))
        .containsExactly("Reason: Invalid request", "Уже подана");
  }

  @Test
  void a_survey_reads_as_its_result_alone() {
    var survey = entry(RequestEventType.SURVEY_RECORDED, null, true, null);

    assertThat(in(RUSSIAN).lines(survey)).containsExactly("Подключение возможно");
    assertThat(in(Locale.ENGLISH).lines(survey)).containsExactly("Feasible");
  }

  @Test
  void a_hold_reads_as_what_is_needed_from_the_customer() {
    var hold = entry(RequestEventType.PUT_ON_HOLD, "Копию договора", null, null);

    assertThat(in(RUSSIAN).lines(hold)).containsExactly("Что нужно от вас: Копию договора");
    assertThat(in(Locale.ENGLISH).lines(hold))
        .containsExactly("What we need from you: Копию договора");
  }
}
