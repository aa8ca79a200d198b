package com.onewindow.shared.common;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;

/** An amount in roubles, VAT included, as every price of the catalog. */
public record Money(BigDecimal amount) implements Comparable<Money> {

  public static final Currency RUB = Currency.getInstance("RUB");
  public static final Money ZERO = new Money(BigDecimal.ZERO);
  private static final String NO_BREAK_SPACE_AND_SIGN = "\u00A0₽";

  public Money {
    amount = amount.setScale(2, RoundingMode.HALF_UP);
  }

  public static Money of(String amount) {
    return new Money(new BigDecimal(amount));
  }

  public Money plus(Money other) {
    return new Money(amount.add(other.amount));
  }

  public Money minus(Money other) {
    return new Money(amount.subtract(other.amount));
  }

  public Money times(int factor) {
    return new Money(amount.multiply(BigDecimal.valueOf(factor)));
  }

  /** The share of this amount given by a percentage, e.g. a bundle discount. */
  public Money percent(BigDecimal percent) {
    return new Money(
        amount.multiply(percent).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP));
  }

  /**
   * The amount as the reader's language writes numbers, followed by the rouble sign: "5 526,40 ₽"
   * in Russian, "5,526.40 ₽" in English. The JDK's currency format would give "RUB5,526.40" in
   * English. No-break spaces keep the amount and its sign on one line.
   */
  public String format(Locale locale) {
    NumberFormat number = NumberFormat.getNumberInstance(locale);
    number.setGroupingUsed(true);
    number.setMinimumFractionDigits(2);
    number.setMaximumFractionDigits(2);
    return number.format(amount) + NO_BREAK_SPACE_AND_SIGN;
  }

  @Override
  public int compareTo(Money other) {
    return amount.compareTo(other.amount);
  }
}
