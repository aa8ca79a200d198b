package com.onewindow.shared.crm;

import com.onewindow.shared.catalog.Industry;
import com.onewindow.shared.company.Address;
import com.onewindow.shared.company.Companies;
import com.onewindow.shared.company.Company;
import com.onewindow.shared.company.Inn;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/** Test data for the CRM tests: fresh valid INNs and the demo's known companies. */
final class CrmFixtures {

  /** The source article's Saratov client, served by service.saratov for about three years. */
  static final String SARATOV_BAKERY = "ООО «Саратовский хлебозавод»";

  /** A Saratov address the demo's coverage map serves. */
  static final Address SARATOV_ADDRESS = new Address("Саратов", "ул. Московская", "12", null);

  private static final AtomicInteger NEXT = new AtomicInteger(1);

  private CrmFixtures() {}

  /** An INN no demo company has: the demo's tax office codes never start with 99. */
  static String freshInn() {
    return Inn.withCheckDigits("99%07d".formatted(NEXT.getAndIncrement() + 4000)).value();
  }

  static NewClient newClient(String inn, String name, @Nullable String phone) {
    return new NewClient(
        inn,
        null,
        name,
        Industry.OFFICES,
        phone,
        false,
        "Иванов Иван",
        "+7 900 000-00-00",
        "ivan@client.test",
        null);
  }

  static Company company(Companies companies, String legalName) {
    return companies.findAll().stream()
        .filter(c -> c.getLegalName().equals(legalName))
        .findFirst()
        .orElseThrow();
  }
}
