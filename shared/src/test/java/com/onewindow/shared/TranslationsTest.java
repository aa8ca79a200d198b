package com.onewindow.shared;

import static org.assertj.core.api.Assertions.assertThat;

import com.onewindow.shared.catalog.Industry;
import com.onewindow.shared.catalog.ProductCategory;
import com.onewindow.shared.company.Inn;
import com.onewindow.shared.request.Channel;
import com.onewindow.shared.request.RequestStatus;
import com.onewindow.shared.staff.Unit;
import com.onewindow.shared.testing.TranslationChecks;
import java.util.Arrays;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The shared bundles name every state, channel, industry, category and unit in both languages. */
class TranslationsTest {

  private static final Map<String, Class<? extends Enum<?>>> ENUMS =
      Map.of(
          "status.", RequestStatus.class,
          "channel.", Channel.class,
          "industry.", Industry.class,
          "category.", ProductCategory.class,
          "unit.", Unit.class,
          "inn.problem.", Inn.Problem.class);

  @Test
  void russian_and_english_shared_bundles_have_the_same_keys() {
    TranslationChecks.assertSameKeys("messages/shared.properties", "messages/shared_en.properties");
  }

  @Test
  void no_shared_translation_is_left_empty() {
    TranslationChecks.assertNoEmptyText(
        "messages/shared.properties", "messages/shared_en.properties");
  }

  @Test
  void every_value_shown_to_users_has_a_name_in_both_languages() {
    for (String bundle :
        new String[] {"messages/shared.properties", "messages/shared_en.properties"}) {
      Properties properties = TranslationChecks.load(bundle);
      ENUMS.forEach(
          (prefix, type) ->
              Arrays.stream(type.getEnumConstants())
                  .forEach(
                      value ->
                          assertThat(properties.getProperty(prefix + value.name()))
                              .as(bundle + ": " + prefix + value.name())
                              .isNotBlank()));
    }
  }
}
