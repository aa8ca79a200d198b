package com.onewindow.shared.account;

import java.util.Optional;
import java.util.regex.Pattern;

/** How a phone number and an email are checked and written, wherever people type them. */
public final class ContactRules {

  private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+$");

  private ContactRules() {}

  /** A Russian number as +7 and ten digits, from "+7 (912) 345-67-89" or "8 912 …". */
  public static Optional<String> normalisedPhone(String typed) {
    String digits = typed.replaceAll("[\\s()\\-]", "");
    if (digits.matches("\\+7\\d{10}")) {
      return Optional.of(digits);
    }
    if (digits.matches("8\\d{10}")) {
      return Optional.of("+7" + digits.substring(1));
    }
    return Optional.empty();
  }

  public static boolean isEmail(String typed) {
    return typed.strip().length() <= CustomerUser.EMAIL_MAX
        && EMAIL.matcher(typed.strip()).matches();
  }
}
