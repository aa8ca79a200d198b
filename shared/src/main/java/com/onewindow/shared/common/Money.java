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

  public String format(Locale locale) {
    NumberFormat format = NumberFormat.getCurrencyInstance(locale);
    format.setCurrency(RUB);
    return format.format(amount);
  }

  @Override
  public int compareTo(Money other) {
    return amount.compareTo(other.amount);
  }
}
