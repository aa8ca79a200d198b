package com.onewindow.shared.company;

import jakarta.persistence.Embeddable;
import org.jspecify.annotations.Nullable;

/** A postal address of a site, as far as connecting it needs. */
@Embeddable
public record Address(String city, String street, String house, @Nullable String premises) {

  public static final int CITY_MAX = 80;
  public static final int STREET_MAX = 160;
  public static final int HOUSE_MAX = 20;

  public String oneLine() {
    var line = city + ", " + street + ", " + house;
    return premises == null || premises.isBlank() ? line : line + ", " + premises;
  }
}
