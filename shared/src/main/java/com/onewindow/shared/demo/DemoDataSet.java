package com.onewindow.shared.demo;

import com.onewindow.shared.coverage.Branches;
import com.onewindow.shared.inventory.ActivationCreatesServices;
import com.onewindow.shared.request.ConnectionRequests;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The normal demo data set, made in one transaction through the domain's own constructors and
 * methods, so that it obeys the same rules as data people enter. An empty database is recognised by
 * having no branch.
 */
@Component
class DemoDataSet {

  /** The date of the source article; any fixed seed gives the same data on every run. */
  static final long SEED = 20110818L;

  private static final Logger log = LoggerFactory.getLogger(DemoDataSet.class);

  private final TransactionTemplate transactions;
  private final Branches branches;
  private final PasswordEncoder passwordEncoder;
  private final Clock clock;
  private final DemoBranches demoBranches;
  private final DemoCatalog demoCatalog;
  private final DemoBundles demoBundles;
  private final DemoStaff demoStaff;
  private final DemoCompanies demoCompanies;
  private final DemoCustomers demoCustomers;
  private final DemoRequests demoRequests;
  private final DemoOwnership demoOwnership;
  private final DemoActivities demoActivities;
  private final ConnectionRequests connectionRequests;
  private final ActivationCreatesServices activations;

  DemoDataSet(
      TransactionTemplate transactions,
      Branches branches,
      PasswordEncoder passwordEncoder,
      Clock clock,
      DemoBranches demoBranches,
      DemoCatalog demoCatalog,
      DemoBundles demoBundles,
      DemoStaff demoStaff,
      DemoCompanies demoCompanies,
      DemoCustomers demoCustomers,
      DemoRequests demoRequests,
      DemoOwnership demoOwnership,
      DemoActivities demoActivities,
      ConnectionRequests connectionRequests,
      ActivationCreatesServices activations) {
    this.transactions = transactions;
    this.branches = branches;
    this.passwordEncoder = passwordEncoder;
    this.clock = clock;
    this.demoBranches = demoBranches;
    this.demoCatalog = demoCatalog;
    this.demoBundles = demoBundles;
    this.demoStaff = demoStaff;
    this.demoCompanies = demoCompanies;
    this.demoCustomers = demoCustomers;
    this.demoRequests = demoRequests;
    this.demoOwnership = demoOwnership;
    this.demoActivities = demoActivities;
    this.connectionRequests = connectionRequests;
    this.activations = activations;
  }

  /** Loads the demo data unless the database has some already; tells whether it loaded. */
  boolean loadIfEmpty() {
    long started = System.nanoTime();
    Boolean loaded =
        transactions.execute(
            status -> {
              if (branches.count() > 0) {
                return false;
              }
              fill();
              return true;
            });
    if (Boolean.TRUE.equals(loaded)) {
      log.info("Demo data: loaded in {} ms", (System.nanoTime() - started) / 1_000_000);
      return true;
    }
    log.info("Demo data: the database has branches already; leaving it as it is");
    return false;
  }

  /** The demo saves its history without events, so its activations get their services here. */
  private void activeServicesOfTheHistory() {
    for (Object[] row : connectionRequests.findActivatedIdsAndTimes()) {
      activations.record((Long) row[0], (java.time.Instant) row[1]);
    }
  }

  private void fill() {
    // Hashing is slow on purpose; one hash serves every demo account, which share the password.
    var world =
        new DemoWorld(
            new Random(SEED),
            clock.instant().truncatedTo(ChronoUnit.SECONDS),
            passwordEncoder.encode(DemoStaff.PASSWORD));
    demoBranches.create(world);
    demoCatalog.create(world);
    demoBundles.create(world);
    demoStaff.create(world);
    demoCompanies.create(world);
    demoCustomers.create(world);
    int requests = demoRequests.create(world);
    demoOwnership.create(world);
    activeServicesOfTheHistory();
    long activitiesStarted = System.nanoTime();
    int activities = demoActivities.create(world);
    log.info(
        "Demo data: {} activities of the past months in {} ms",
        activities,
        (System.nanoTime() - activitiesStarted) / 1_000_000);
    log.info(
        "Demo data: {} branches, {} coverage entries, {} products, {} bundles, {} staff,"
            + " {} companies, {} customers, {} connection requests",
        world.branches.size(),
        world.coverage.values().stream().mapToInt(java.util.List::size).sum(),
        world.products.size(),
        world.bundles.size(),
        world.staff.size(),
        world.companies.size(),
        world.customersByCompany.size(),
        requests);
  }
}
