package com.onewindow.shared.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class LocalizedArgumentsTest {

  private static final LocalDate DATE = LocalDate.of(2026, 12, 17);

  @Test
  void a_date_reads_in_russian_words() {
    // the JDK's Russian date puts a narrow no-break space before "г."
    assertThat(LocalizedArguments.in(Locale.forLanguageTag("ru"), DATE))
        .containsExactly("17 декабря 2026\u202fг.");
  }

  @Test
  void a_date_reads_in_english_words() {
    assertThat(LocalizedArguments.in(Locale.ENGLISH, DATE)).containsExactly("December 17, 2026");
  }

  @Test
  void other_arguments_pass_through_untouched() {
    Object window = new Object();
    Object[] given = {"2026-0000042", 3, window};

    Object[] localized = LocalizedArguments.in(Locale.ENGLISH, given);

    assertThat(localized).containsExactly("2026-0000042", 3, window);
  }
}
