package com.onewindow.shared.request;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QueueSearchTest {

  @ParameterizedTest(name = "{0} ends before {1}")
  @CsvSource(
      nullValues = "none",
      value = {
        "2026-00012, 2026-00013",
        "2026-0000129, 2026-000013",
        "2026-0000000, 2026-0000001",
        "2026-0999, 2026-1",
        "2026-999, none",
        "2026-, none",
        "2025-L, none",
        "2025-L00012, 2025-L00013"
      })
  void a_number_prefix_ends_before_its_last_digit_raised(String prefix, String end) {
    assertThat(QueueSearch.NumberPrefix.end(prefix)).isEqualTo(end);
  }

  @ParameterizedTest
  @CsvSource({"50%, 50!%", "a_b, a!_b", "x!y, x!!y"})
  void like_wildcards_typed_by_the_user_are_escaped(String typed, String escaped) {
    assertThat(QueueSearch.escape(typed)).isEqualTo(escaped);
  }
}
