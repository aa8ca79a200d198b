package com.onewindow.shared.company;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Normal forms under which two spellings of one company meet: its name without the legal form,
 * quotes and case ("ООО «Ромашка»" and "ромашка"), its phone as the last ten digits ("+7 (8452)
 * 20-10-11" and "88452201011").
 */
public final class CompanyKeys {

  private static final Set<String> LEGAL_FORMS =
      Set.of("ооо", "оао", "зао", "пао", "ао", "ип", "нко", "ано", "ooo", "ao", "llc", "ltd");
  private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{Nd}]+");

  private CompanyKeys() {}

  /** The name as a search key: lower case, legal forms and punctuation dropped, ё read as е. */
  public static String nameKey(String name) {
    var words = NOT_WORD.split(name.toLowerCase(Locale.ROOT).replace('ё', 'е'));
    var key = new StringBuilder();
    for (String word : words) {
      if (word.isEmpty() || LEGAL_FORMS.contains(word)) {
        continue;
      }
      if (!key.isEmpty()) {
        key.append(' ');
      }
      key.append(word);
    }
    return key.toString();
  }

  /** The phone as a search key: its last ten digits (Russian numbers without 8 / +7), or null. */
  public static @Nullable String phoneKey(@Nullable String phone) {
    if (phone == null) {
      return null;
    }
    String digits = phone.replaceAll("\\D", "");
    if (digits.length() < 5) {
      return null;
    }
    return digits.length() > 10 ? digits.substring(digits.length() - 10) : digits;
  }
}
