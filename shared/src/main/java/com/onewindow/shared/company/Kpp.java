package com.onewindow.shared.company;

import java.util.regex.Pattern;

/**
 * A registration reason code (КПП): four digits of the tax office, two of the reason (digits or
 * capital Latin letters since 2019), three of the serial number. It has no check digit, so only its
 * shape can be checked.
 */
public record Kpp(String value) {

  private static final Pattern SHAPE = Pattern.compile("\\d{4}[0-9A-Z]{2}\\d{3}");

  public Kpp {
    if (!isValid(value)) {
      throw new IllegalArgumentException("invalid KPP: " + value);
    }
  }

  public static boolean isValid(String candidate) {
    return SHAPE.matcher(candidate).matches();
  }

  @Override
  public String toString() {
    return value;
  }
}
