package com.onewindow.backoffice.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.onewindow.shared.testing.AppBundles;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/** What the screens say with the app's real bundles, as the error notifications ask for it. */
class DatesInMessagesTest {

  private final Translations translations = new Translations(AppBundles.load());

  /** The arguments the refusal of a full installation window carries (WindowCapacity). */
  private static Object[] windowFull() {
    return new Object[] {
      LocalDate.of(2026, 12, 17), new DefaultMessageSourceResolvable("window.MORNING")
    };
  }

  @Test
  void a_full_window_names_its_date_in_russian_words() {
    assertThat(
            translations.getTranslation(
                "request.error.windowFull", Translations.RUSSIAN, windowFull()))
        .isEqualTo(
            "На 17 декабря 2026\u202fг. в окно «Утро (9:00–13:00)» свободных бригад нет:"
                + " выберите другую дату или окно.");
  }

  @Test
  void a_full_window_names_its_date_in_english_words() {
    assertThat(
            translations.getTranslation("request.error.windowFull", Locale.ENGLISH, windowFull()))
        .isEqualTo(
            "No crew is free on December 17, 2026 in the Morning (9:00–13:00) window:"
                + " pick another date or window.")
        .doesNotContain("2026-12-17");
  }
}
