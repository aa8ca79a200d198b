package com.onewindow.shared.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Checks that keep the Russian and English message bundles of a module in step with its code. */
public final class TranslationChecks {

  /** A literal key passed to getTranslation, not a prefix that the code completes. */
  private static final Pattern KEY_IN_CODE =
      Pattern.compile("getTranslation\\(\\s*\"([^\"]+)\"\\s*[,)]");

  private TranslationChecks() {}

  public static void assertSameKeys(String russianBundle, String englishBundle) {
    assertThat(load(englishBundle).stringPropertyNames())
        .as(englishBundle + " against " + russianBundle)
        .containsExactlyInAnyOrderElementsOf(load(russianBundle).stringPropertyNames());
  }

  public static void assertNoEmptyText(String... bundles) {
    for (String bundle : bundles) {
      Properties properties = load(bundle);
      assertThat(properties.stringPropertyNames())
          .allSatisfy(key -> assertThat(properties.getProperty(key)).as(key).isNotBlank());
    }
  }

  /** Every literal key in the sources under {@code sourceRoot} is in one of the bundles. */
  public static void assertCodeKeysExist(Path sourceRoot, String... bundles) {
    Set<String> known = new HashSet<>();
    for (String bundle : bundles) {
      known.addAll(load(bundle).stringPropertyNames());
    }
    Set<String> used = keysUsedUnder(sourceRoot);
    assertThat(used).as("keys found in " + sourceRoot).isNotEmpty();
    assertThat(known).containsAll(used);
  }

  public static Properties load(String bundle) {
    var stream = TranslationChecks.class.getClassLoader().getResourceAsStream(bundle);
    assertThat(stream).as(bundle).isNotNull();
    var properties = new Properties();
    try (var reader = new InputStreamReader(stream, StandardCharsets.UTF_8)) {
      properties.load(reader);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties;
  }

  private static Set<String> keysUsedUnder(Path sourceRoot) {
    Set<String> used = new TreeSet<>();
    try (Stream<Path> sources = Files.walk(sourceRoot)) {
      for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
        var matcher = KEY_IN_CODE.matcher(Files.readString(source));
        while (matcher.find()) {
          used.add(matcher.group(1));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return used;
  }
}
