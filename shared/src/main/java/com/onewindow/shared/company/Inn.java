package com.onewindow.shared.company;

/**
 * A Russian taxpayer number (ИНН): 10 digits for a company, 12 for a sole trader, the last one or
 * two being check digits. An instance is always valid.
 */
public record Inn(String value) {

  private static final int[] N10 = {2, 4, 10, 3, 5, 9, 4, 6, 8};
  private static final int[] N11 = {7, 2, 4, 10, 3, 5, 9, 4, 6, 8};
  private static final int[] N12 = {3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8};

  public Inn {
    var problem = problemWith(value);
    if (problem != null) {
      throw new IllegalArgumentException(problem.name() + ": " + value);
    }
  }

  /** What is wrong with a typed-in INN, or null when it is valid. */
  public static Problem problemWith(String candidate) {
    // Only ASCII digits: Character.isDigit takes digits of any script, which the checksum misreads.
    if (candidate.isEmpty() || !candidate.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return Problem.NOT_DIGITS;
    }
    if (candidate.length() == 10) {
      return checkDigit(candidate, N10) == digit(candidate, 9) ? null : Problem.CHECK_DIGIT;
    }
    if (candidate.length() == 12) {
      boolean valid =
          checkDigit(candidate, N11) == digit(candidate, 10)
              && checkDigit(candidate, N12) == digit(candidate, 11);
      return valid ? null : Problem.CHECK_DIGIT;
    }
    return Problem.LENGTH;
  }

  public static boolean isValid(String candidate) {
    return problemWith(candidate) == null;
  }

  /** Completes 9 or 11 leading digits with their check digits; used to make demo and test data. */
  public static Inn withCheckDigits(String leadingDigits) {
    if (leadingDigits.length() == 9) {
      return new Inn(leadingDigits + checkDigit(leadingDigits, N10));
    }
    if (leadingDigits.length() == 10) {
      String eleven = leadingDigits + checkDigit(leadingDigits, N11);
      return new Inn(eleven + checkDigit(eleven, N12));
    }
    throw new IllegalArgumentException("9 or 10 leading digits expected");
  }

  public boolean isSoleTrader() {
    return value.length() == 12;
  }

  private static int checkDigit(String digits, int[] weights) {
    int sum = 0;
    for (int i = 0; i < weights.length; i++) {
      sum += weights[i] * digit(digits, i);
    }
    return sum % 11 % 10;
  }

  private static int digit(String digits, int index) {
    return digits.charAt(index) - '0';
  }

  /** Why an INN is refused; each has a message key "inn.problem.<name>". */
  public enum Problem {
    NOT_DIGITS,
    LENGTH,
    CHECK_DIGIT
  }

  @Override
  public String toString() {
    return value;
  }
}
