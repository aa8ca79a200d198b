package com.onewindow.shared.demo;

import com.onewindow.shared.account.CustomerUser;
import com.onewindow.shared.catalog.Bundle;
import com.onewindow.shared.catalog.Industry;
import com.onewindow.shared.catalog.Product;
import com.onewindow.shared.catalog.ProductOption;
import com.onewindow.shared.company.Company;
import com.onewindow.shared.coverage.Branch;
import com.onewindow.shared.coverage.CoverageEntry;
import com.onewindow.shared.security.Actor;
import com.onewindow.shared.staff.StaffUser;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What the demo data made so far, handed from one maker to the next, with the one seeded random
 * source they all draw from: the same seed gives the same data on every run.
 */
final class DemoWorld {

  final Random random;
  final Instant now;
  final String passwordHash;

  final Map<String, Branch> branches = new LinkedHashMap<>();
  final Map<String, List<CoverageEntry>> coverage = new LinkedHashMap<>();
  final Map<String, Product> products = new LinkedHashMap<>();
  final Map<Industry, Bundle> bundles = new EnumMap<>(Industry.class);
  final Map<String, StaffUser> staff = new LinkedHashMap<>();
  final List<Company> companies = new ArrayList<>();
  final Map<String, Company> companiesBySlug = new LinkedHashMap<>();
  final Map<Long, CustomerUser> customersByCompany = new LinkedHashMap<>();

  /**
   * One company per branch that the direct-sales manager found and is still winning: it gets no
   * demo requests, so it has no cooperation start and stays with its finder. Without it, a branch's
   * direct-sales manager could own nothing (every other client has been connected for over three
   * months and handed to the service manager), depending on the hour the demo was loaded.
   */
  final Set<Company> prospects = new LinkedHashSet<>();

  /** Who had which client when, as the demo's ownership ledger records it (R3, R5). */
  final List<Tenure> tenures = new ArrayList<>();

  /** A client in a manager's hands from {@code from} until {@code to} (null: still). */
  record Tenure(Company company, StaffUser manager, Instant from, @Nullable Instant to) {

    boolean covers(Instant moment) {
      return !moment.isBefore(from) && (to == null || moment.isBefore(to));
    }
  }

  DemoWorld(Random random, Instant now, String passwordHash) {
    this.random = random;
    this.now = now;
    this.passwordHash = passwordHash;
  }

  /**
   * This world, drawing from another random source: what is drawn there leaves this world's own
   * sequence, and so all the data made after, as it was.
   */
  DemoWorld drawingFrom(Random other) {
    var world = new DemoWorld(other, now, passwordHash);
    world.branches.putAll(branches);
    world.coverage.putAll(coverage);
    world.products.putAll(products);
    world.bundles.putAll(bundles);
    world.staff.putAll(staff);
    world.companies.addAll(companies);
    world.companiesBySlug.putAll(companiesBySlug);
    world.customersByCompany.putAll(customersByCompany);
    world.prospects.addAll(prospects);
    return world;
  }

  Branch branch(String code) {
    return required(branches.get(code), code);
  }

  Product product(String code) {
    return required(products.get(code), code);
  }

  ProductOption option(String productCode, String optionCode) {
    return product(productCode).getOptions().stream()
        .filter(o -> o.getCode().equals(optionCode))
        .findFirst()
        .orElseThrow(() -> new NoSuchElementException(productCode + "/" + optionCode));
  }

  @Nullable Bundle bundleFor(Industry industry) {
    return bundles.get(industry);
  }

  StaffUser staff(String username) {
    return required(staff.get(username), username);
  }

  Company company(String slug) {
    return required(companiesBySlug.get(slug), slug);
  }

  /** The companies the random requests may go to: all but the prospects. */
  List<Company> requestable() {
    return companies.stream().filter(c -> !prospects.contains(c)).toList();
  }

  Optional<CustomerUser> customerOf(Company company) {
    return Optional.ofNullable(customersByCompany.get(company.getId()));
  }

  static Actor actor(StaffUser user) {
    return Actor.staff(user.getId(), user.getFullName(), user.getRoles());
  }

  static Actor actor(CustomerUser customer) {
    var company = customer.getCompany();
    return Actor.customer(
        customer.getId(), customer.getFullName(), company == null ? null : company.getId());
  }

  <T> T pick(List<T> items) {
    return items.get(random.nextInt(items.size()));
  }

  boolean chance(double probability) {
    return random.nextDouble() < probability;
  }

  /** A whole number from {@code from} to {@code to}, both included. */
  int between(int from, int to) {
    return from + random.nextInt(to - from + 1);
  }

  private static <T> T required(@Nullable T value, String key) {
    if (value == null) {
      throw new NoSuchElementException(key);
    }
    return value;
  }
}
