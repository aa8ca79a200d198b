package com.onewindow.portal.request.ui;

import com.vaadin.flow.router.QueryParameters;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * An address the customer checked on the coverage page and chose to apply for: the wizard opens
 * with it as a site. It comes in the link's query ({@code connect?city=…&street=…&house=…}).
 */
record CheckedAddress(String city, String street, String house) {

  static @Nullable CheckedAddress from(QueryParameters query) {
    var params = query.getParameters();
    String city = first(params.get("city"));
    String street = first(params.get("street"));
    String house = first(params.get("house"));
    if (city.isBlank() || street.isBlank() || house.isBlank()) {
      return null;
    }
    return new CheckedAddress(city, street, house);
  }

  /**
   * Puts the address into the first site while that is still empty, or adds it as a new site; never
   * twice (a reload of the same link).
   */
  void addTo(WizardDraft draft) {
    boolean known =
        draft.sites.stream()
            .anyMatch(s -> same(s.city, city) && same(s.street, street) && same(s.house, house));
    if (known) {
      return;
    }
    var first = draft.sites.getFirst();
    boolean firstIsEmpty = first.city.isBlank() && first.street.isBlank() && first.house.isBlank();
    var site = firstIsEmpty ? first : new WizardDraft.SiteDraft();
    site.city = city;
    site.street = street;
    site.house = house;
    if (!firstIsEmpty) {
      draft.sites.add(site);
    }
  }

  private static boolean same(String a, String b) {
    return a.strip().toLowerCase(Locale.ROOT).equals(b.strip().toLowerCase(Locale.ROOT));
  }

  private static String first(java.util.@Nullable List<String> values) {
    return values == null || values.isEmpty() ? "" : values.getFirst().strip();
  }
}
