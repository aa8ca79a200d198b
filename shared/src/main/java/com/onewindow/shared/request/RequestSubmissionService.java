package com.onewindow.shared.request;

import com.onewindow.shared.account.ContactRules;
import com.onewindow.shared.account.CustomerUser;
import com.onewindow.shared.account.CustomerUsers;
import com.onewindow.shared.catalog.Bundle;
import com.onewindow.shared.catalog.Bundles;
import com.onewindow.shared.catalog.CatalogService;
import com.onewindow.shared.catalog.Industry;
import com.onewindow.shared.catalog.Product;
import com.onewindow.shared.catalog.Products;
import com.onewindow.shared.common.BusinessRuleViolation;
import com.onewindow.shared.company.Address;
import com.onewindow.shared.company.Companies;
import com.onewindow.shared.company.Company;
import com.onewindow.shared.company.Inn;
import com.onewindow.shared.company.Kpp;
import com.onewindow.shared.company.Site;
import com.onewindow.shared.coverage.Branch;
import com.onewindow.shared.coverage.Branches;
import com.onewindow.shared.coverage.ServiceabilityService;
import com.onewindow.shared.request.ConnectionOrder.ServiceOrder;
import com.onewindow.shared.request.ConnectionOrder.SiteOrder;
import com.onewindow.shared.security.Actor;
import com.onewindow.shared.security.CurrentUser;
import com.onewindow.shared.security.CustomerPrincipal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Turns the online wizard's order into submitted requests (P3), checking everything again: the
 * company is found by INN (and must be the customer's own) or created with the customer as its
 * administrator; each site goes to the branch that serves its address, and each branch gets a
 * request of its own with its sites' lines, priced from the catalog: an order served by one branch
 * is one request, one served by several is one request per branch, parts of one order known by its
 * first request's number. The confirmation mail is queued with the submission, in one transaction.
 */
@Service
public class RequestSubmissionService {

  private static final java.time.ZoneId MOSCOW = java.time.ZoneId.of("Europe/Moscow");

  private final ConnectionRequests requests;
  private final CustomerUsers users;
  private final Companies companies;
  private final Branches branches;
  private final Products products;
  private final Bundles bundles;
  private final CatalogService catalog;
  private final ServiceabilityService serviceability;
  private final TransactionTemplate transactions;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  RequestSubmissionService(
      ConnectionRequests requests,
      CustomerUsers users,
      Companies companies,
      Branches branches,
      Products products,
      Bundles bundles,
      CatalogService catalog,
      ServiceabilityService serviceability,
      TransactionTemplate transactions,
      ApplicationEventPublisher events,
      Clock clock) {
    this.requests = requests;
    this.users = users;
    this.companies = companies;
    this.branches = branches;
    this.products = products;
    this.bundles = bundles;
    this.catalog = catalog;
    this.serviceability = serviceability;
    this.transactions = transactions;
    this.events = events;
    this.clock = clock;
  }

  /**
   * Submits the order, once: a second call with the same idempotency key (a double click, a second
   * tab) returns the order, with all its requests, that the first one made.
   */
  @PreAuthorize("hasRole('CUSTOMER')")
  public SubmittedOrder submit(ConnectionOrder order) {
    CustomerPrincipal customer = CurrentUser.requireCustomer();
    var earlier =
        transactions.execute(s -> existing(order.idempotencyKey(), customer.customerUserId()));
    if (earlier != null) {
      return earlier;
    }
    try {
      return transactions.execute(s -> create(order, customer.customerUserId()));
    } catch (DataAccessException | BusinessRuleViolation lostRace) {
      // The same draft may have been submitted at the same moment elsewhere: the unique key let
      // one win, and the other failed on a key, a version or the company the winner just made.
      var winner =
          transactions.execute(s -> existing(order.idempotencyKey(), customer.customerUserId()));
      if (winner == null) {
        throw lostRace;
      }
      return winner;
    }
  }

  /** The order made from this draft: its first request holds the key, the others its number. */
  private @Nullable SubmittedOrder existing(String key, long customerUserId) {
    return requests
        .findByIdempotencyKey(key)
        .filter(r -> r.createdByCustomerId().filter(id -> id == customerUserId).isPresent())
        .map(
            first ->
                SubmittedOrder.of(
                    first
                        .orderPart()
                        .map(part -> requests.findOrderParts(part.orderNumber()))
                        .orElse(List.of(first))))
        .orElse(null);
  }

  private SubmittedOrder create(ConnectionOrder order, long customerUserId) {
    if (order.idempotencyKey().isBlank() || order.idempotencyKey().length() > 64) {
      throw new BusinessRuleViolation("order.error.draftKey");
    }
    var rules = new OrderRules(catalog.products(), catalog.bundles());
    List<Branch> siteBranches = order.sites().stream().map(this::branchOf).toList();
    var zone = siteBranches.isEmpty() ? MOSCOW : siteBranches.getFirst().zone();
    LocalDate today = clock.instant().atZone(zone).toLocalDate();
    var problems = rules.check(order, today);
    if (!problems.isEmpty()) {
      throw new OrderRefused(problems);
    }
    CustomerUser user = users.findById(customerUserId).orElseThrow();
    Instant now = clock.instant();
    Company company = companyFor(order, user, siteBranches.getFirst(), now);
    var sites = new ArrayList<Site>();
    for (int i = 0; i < order.sites().size(); i++) {
      SiteOrder site = order.sites().get(i);
      sites.add(
          company.addSite(
              null,
              new Address(
                  site.city().strip(),
                  site.street().strip(),
                  site.house().strip(),
                  blankToNull(site.premises())),
              siteBranches.get(i)));
    }
    // The company is managed: the flush cascades the persist to these very site instances.
    companies.flush();
    Actor actor = Actor.customer(user.getId(), user.getFullName(), company.getId());
    var contact =
        new ContactPerson(
            order.contact().name().strip(),
            ContactRules.normalisedPhone(order.contact().phone()).orElseThrow(),
            order.contact().email().strip().toLowerCase(java.util.Locale.ROOT));
    // One request per serving branch, in the order of the sites: each branch processes its own.
    var sitesByBranch = new LinkedHashMap<Long, List<Integer>>();
    for (int i = 0; i < siteBranches.size(); i++) {
      sitesByBranch.computeIfAbsent(siteBranches.get(i).getId(), b -> new ArrayList<>()).add(i);
    }
    var parts = new ArrayList<ConnectionRequest>();
    for (List<Integer> indexes : sitesByBranch.values()) {
      var request =
          ConnectionRequest.draft(
                  company,
                  siteBranches.get(indexes.getFirst()),
                  Channel.ONLINE,
                  contact,
                  actor,
                  now)
              .wanting(order.desiredDate(), order.comment());
      if (parts.isEmpty()) {
        // The first request holds the draft's key: a second submission finds the order by it.
        request.submittedFromDraft(order.idempotencyKey());
      }
      request = requests.saveAndFlush(request);
      for (int i : indexes) {
        addLines(request, sites.get(i), order.sites().get(i), actor);
      }
      parts.add(request);
    }
    for (ConnectionRequest part : parts) {
      part.submit(actor, now);
    }
    if (parts.size() > 1) {
      String orderNumber = parts.getFirst().number().orElseThrow();
      for (int i = 0; i < parts.size(); i++) {
        parts.get(i).joinOrder(new OrderPart(orderNumber, i + 1, parts.size()));
      }
    }
    List<ConnectionRequest> saved = parts.stream().map(requests::saveAndFlush).toList();
    var submitted = SubmittedOrder.of(saved);
    if (submitted.isSplit()) {
      events.publishEvent(
          new OrderSubmitted(
              submitted.number(), saved.stream().map(ConnectionRequest::getId).toList()));
    }
    return submitted;
  }

  private Company companyFor(ConnectionOrder order, CustomerUser user, Branch home, Instant now) {
    String inn = order.company().inn().strip();
    var known = companies.findByInn(inn);
    if (known.isPresent()) {
      Company company = known.get();
      var own = user.getCompany();
      if (own == null || !own.getId().equals(company.getId())) {
        // Told plainly, and nothing of the company is shown.
        throw new BusinessRuleViolation("order.error.companyNotYours");
      }
      return company;
    }
    if (user.getCompany() != null) {
      throw new BusinessRuleViolation("order.error.otherInn");
    }
    String kpp = order.company().kpp() == null ? "" : order.company().kpp().strip().toUpperCase();
    var company =
        companies.save(
            new Company(
                new Inn(inn),
                kpp.isEmpty() || inn.length() == 12 ? null : new Kpp(kpp),
                order.company().legalName().strip(),
                industryOf(order),
                home,
                now));
    company.addContact(
        order.contact().name().strip(),
        null,
        ContactRules.normalisedPhone(order.contact().phone()).orElse(null),
        order.contact().email().strip());
    user.administer(company);
    return company;
  }

  private Industry industryOf(ConnectionOrder order) {
    return order.sites().stream()
        .filter(s -> s.bundleId() != null)
        .map(s -> bundles.findById(s.bundleId()))
        .flatMap(java.util.Optional::stream)
        .map(Bundle::getIndustry)
        .findFirst()
        .orElse(Industry.OTHER);
  }

  private void addLines(ConnectionRequest request, Site site, SiteOrder order, Actor actor) {
    if (order.bundleId() != null) {
      Bundle bundle = bundles.findById(order.bundleId()).orElseThrow();
      request.addLine(site, RequestLine.Ordered.bundle(bundle), actor);
    }
    for (ServiceOrder service : order.services()) {
      Product product = products.findById(service.productId()).orElseThrow();
      var option =
          service.optionId() == null
              ? null
              : product.getOptions().stream()
                  .filter(o -> o.getId().equals(service.optionId()))
                  .findFirst()
                  .orElseThrow();
      request.addLine(site, RequestLine.Ordered.product(product, option), actor);
    }
  }

  private Branch branchOf(SiteOrder site) {
    var answer = serviceability.check(site.city(), site.street(), site.house());
    Long branchId = answer.branchId();
    return branchId == null
        ? branches.findFirstByHeadOfficeTrue().orElseThrow()
        : branches.findById(branchId).orElseThrow();
  }

  private static @Nullable String blankToNull(@Nullable String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
