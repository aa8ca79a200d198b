package com.onewindow.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Russian and English bundles stay in step, and every key the code asks for exists. */
class TranslationsTest {

  private static final Pattern KEY_IN_CODE =
      Pattern.compile("getTranslation\\(\\s*\"([^\"]+)\"\\s*[,)]");

  @Test
  void russian_and_english_bundles_have_the_same_keys() throws IOException {
    assertThat(keys("messages/app_en.properties"))
        .containsExactlyInAnyOrderElementsOf(keys("messages/app.properties"));
  }

  @Test
  void no_translation_is_left_empty() throws IOException {
    for (String bundle : Set.of("messages/app.properties", "messages/app_en.properties")) {
      Properties properties = load(bundle);
      assertThat(properties.stringPropertyNames())
          .allSatisfy(key -> assertThat(properties.getProperty(key)).as(key).isNotBlank());
    }
  }

  @Test
  void every_literal_key_used_in_the_code_exists_in_a_bundle() throws IOException {
    Set<String> known = new HashSet<>(keys("messages/app.properties"));
    known.addAll(keys("messages/shared.properties"));
    Set<String> used = new TreeSet<>();
    try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
      for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
        var matcher = KEY_IN_CODE.matcher(Files.readString(source));
        while (matcher.find()) {
          used.add(matcher.group(1));
        }
      }
    }
    assertThat(used).isNotEmpty();
    assertThat(known).containsAll(used);
  }

  private static Set<String> keys(String bundle) throws IOException {
    return load(bundle).stringPropertyNames();
  }

  private static Properties load(String bundle) throws IOException {
    var stream = TranslationsTest.class.getClassLoader().getResourceAsStream(bundle);
    assertThat(stream).as(bundle).isNotNull();
    var properties = new Properties();
    try (var reader = new InputStreamReader(stream, StandardCharsets.UTF_8)) {
      properties.load(reader);
    }
    return properties;
  }
}
