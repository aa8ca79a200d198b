package com.onewindow.backoffice;

import static com.onewindow.shared.testing.TranslationChecks.assertCodeKeysExist;
import static com.onewindow.shared.testing.TranslationChecks.assertNoEmptyText;
import static com.onewindow.shared.testing.TranslationChecks.assertSameKeys;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Russian and English bundles stay in step, and every key the code asks for exists. */
class TranslationsTest {

  @Test
  void russian_and_english_bundles_have_the_same_keys() {
    assertSameKeys("messages/app.properties", "messages/app_en.properties");
  }

  @Test
  void no_translation_is_left_empty() {
    assertNoEmptyText("messages/app.properties", "messages/app_en.properties");
  }

  @Test
  void every_literal_key_used_in_the_code_exists_in_a_bundle() {
    assertCodeKeysExist(
        Path.of("src/main/java"), "messages/app.properties", "messages/shared.properties");
  }
}
