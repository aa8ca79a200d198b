package com.onewindow.shared.testing;

import com.onewindow.shared.account.CustomerUser;
import com.onewindow.shared.account.CustomerUserDetailsService;
import com.onewindow.shared.account.CustomerUsers;
import com.onewindow.shared.catalog.CatalogService;
import com.onewindow.shared.catalog.Industry;
import com.onewindow.shared.catalog.Products;
import com.onewindow.shared.company.Address;
import com.onewindow.shared.company.Companies;
import com.onewindow.shared.company.Company;
import com.onewindow.shared.company.Inn;
import com.onewindow.shared.company.Kpp;
import com.onewindow.shared.coverage.Branches;
import com.onewindow.shared.request.Channel;
import com.onewindow.shared.request.ConnectionOrder;
import com.onewindow.shared.request.ConnectionOrder.CompanyPart;
import com.onewindow.shared.request.ConnectionOrder.ContactPart;
import com.onewindow.shared.request.ConnectionOrder.SiteOrder;
import com.onewindow.shared.request.ConnectionRequest;
import com.onewindow.shared.request.ConnectionRequests;
import com.onewindow.shared.request.ContactPerson;
import com.onewindow.shared.request.RequestLine;
import com.onewindow.shared.request.RequestSubmissionService;
import com.onewindow.shared.request.SubmittedOrder;
import com.onewindow.shared.security.Actor;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Makes fresh requests through the domain for tests that change them, each for a new company of its
 * own (so no test changes another's data): draft, a line, save, submit, as the portal's wizard
 * will. Works in any context that has the shared module (shared ITs and app E2Es).
 */
public final class TestRequests {

  private final ApplicationContext context;

  public TestRequests(ApplicationContext context) {
    this.context = context;
  }

  /** What a test needs to know of the order it made: the order, its customer, its company. */
  public record MadeOrder(SubmittedOrder order, String customerEmail, String inn) {}

  /**
   * An order a new customer submits through the wizard's service for a site in Saratov and one in
   * Perm: one request per branch, Saratov's first. The customer stays signed in on this thread only
   * for the submission.
   */
  public MadeOrder orderForSaratovAndPerm() {
    var clock = context.getBean(Clock.class);
    String email = "order-" + System.nanoTime() + "@example.test";
    context
        .getBean(CustomerUsers.class)
        .save(
            new CustomerUser(
                    email,
                    context.getBean(PasswordEncoder.class).encode("secret-password"),
                    "Анна Новикова",
                    clock.instant())
                .confirmEmail());
    String inn =
        Inn.withCheckDigits("64" + (1_000_000 + ThreadLocalRandom.current().nextInt(8_999_999)))
            .value();
    long chain =
        context.getBean(CatalogService.class).bundles().stream()
            .filter(b -> b.code().equals("RETAIL_CHAIN"))
            .findFirst()
            .orElseThrow()
            .id();
    var order =
        new ConnectionOrder(
            UUID.randomUUID().toString(),
            new CompanyPart("ООО «Две площадки " + inn + "»", inn, inn.substring(0, 4) + "01001"),
            new ContactPart("Анна Новикова", "8 (912) 345-67-89", email),
            List.of(
                new SiteOrder("Саратов", "Московская", "12к1", null, chain, List.of()),
                new SiteOrder("Пермь", "улица Ленина", "40", null, chain, List.of())),
            clock.instant().atOffset(ZoneOffset.UTC).toLocalDate().plusDays(7),
            null,
            true);
    var previous = SecurityContextHolder.getContext();
    SignIn.as(context.getBean(CustomerUserDetailsService.class), email);
    try {
      return new MadeOrder(
          context.getBean(RequestSubmissionService.class).submit(order), email, inn);
    } finally {
      SecurityContextHolder.setContext(previous);
    }
  }

  /** What a test needs to know of the request it made. */
  public record Made(long id, String number, long companyId, String inn, String companyName) {}

  /** A submitted request of a new company, served by the branch with this code (e.g. "SAR"). */
  public Made submitted(String branchCode, Channel channel) {
    return submitted(branchCode, channel, "client-" + System.nanoTime() + "@example.test");
  }

  /**
   * A submitted request of an existing company, for its first site, served by that site's branch.
   */
  public Made submittedFor(long companyId, Channel channel) {
    var clock = context.getBean(Clock.class);
    return context
        .getBean(TransactionTemplate.class)
        .execute(
            tx -> {
              var company = context.getBean(Companies.class).findById(companyId).orElseThrow();
              var site = company.getSites().getFirst();
              var product = context.getBean(Products.class).findAll().getFirst();
              var system = Actor.system();
              var request =
                  ConnectionRequest.draft(
                      company,
                      site.getBranch(),
                      channel,
                      new ContactPerson("Ирина Тестова", "+7 900 000-00-00", "test@example.test"),
                      system,
                      clock.instant());
              request.addLine(site, RequestLine.Ordered.product(product, null), system);
              var requests = context.getBean(ConnectionRequests.class);
              requests.save(request);
              request.submit(system, clock.instant());
              requests.save(request);
              return new Made(
                  request.getId(),
                  request.number().orElseThrow(),
                  company.getId(),
                  company.inn().value(),
                  company.getLegalName());
            });
  }

  public Made submitted(String branchCode, Channel channel, String contactEmail) {
    var clock = context.getBean(Clock.class);
    return context
        .getBean(TransactionTemplate.class)
        .execute(
            tx -> {
              var branch = context.getBean(Branches.class).findByCode(branchCode).orElseThrow();
              var inn =
                  Inn.withCheckDigits(
                      "7%08d".formatted(ThreadLocalRandom.current().nextInt(100_000_000)));
              String name = "ООО «Тест " + inn.value().substring(2, 8) + "»";
              // like a real one (and the demo's own checks): the KPP of its tax office, a contact
              var kpp = new Kpp(inn.value().substring(0, 4) + "01001");
              var company = new Company(inn, kpp, name, Industry.OFFICES, branch, clock.instant());
              company.addContact("Ирина Тестова", "Директор", "+7 900 000-00-00", contactEmail);
              var site =
                  company.addSite("Офис", new Address("Город", "Тестовая", "1", null), branch);
              context.getBean(Companies.class).save(company);
              var product = context.getBean(Products.class).findAll().getFirst();
              var system = Actor.system();
              var request =
                  ConnectionRequest.draft(
                      company,
                      branch,
                      channel,
                      new ContactPerson("Ирина Тестова", "+7 900 000-00-00", contactEmail),
                      system,
                      clock.instant());
              request.addLine(site, RequestLine.Ordered.product(product, null), system);
              var requests = context.getBean(ConnectionRequests.class);
              requests.save(request);
              request.submit(system, clock.instant());
              requests.save(request);
              return new Made(
                  request.getId(),
                  request.number().orElseThrow(),
                  company.getId(),
                  inn.value(),
                  name);
            });
  }
}
