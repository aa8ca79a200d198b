package com.onewindow.shared.demo;

import java.sql.SQLException;
import java.time.Duration;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.ClockProvider;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Fills an empty embedded database with demo data when an app starts (X1), and on request the large
 * data set for performance work. Portal and backoffice may start at the same moment on one
 * database: a database lock lets only one of them load, and the other finds the data there.
 */
@Component
class DemoDataLoader implements ApplicationRunner {

  static final String LOCK = "demo-data";

  private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

  private final DemoProperties properties;
  private final DataSource dataSource;
  private final LockProvider lockProvider;
  private final DemoDataSet demoData;
  private final LargeDataSet largeData;

  DemoDataLoader(
      DemoProperties properties,
      DataSource dataSource,
      LockProvider lockProvider,
      DemoDataSet demoData,
      LargeDataSet largeData) {
    this.properties = properties;
    this.dataSource = dataSource;
    this.lockProvider = lockProvider;
    this.demoData = demoData;
    this.largeData = largeData;
  }

  @Override
  public void run(ApplicationArguments args) {
    var decision = DemoGuard.decide(properties, databaseUrl());
    if (!decision.load()) {
      log.info("Demo data: not loading, because {}", decision.reason());
      return;
    }
    log.info("Demo data: may load, because {}", decision.reason());
    // A crashed load rolls back; the lock then only has to outlive a normal load.
    var lockFor = Duration.ofMinutes(properties.largeRequests() > 0 ? 120 : 10);
    var lock =
        lockProvider.lock(new LockConfiguration(ClockProvider.now(), LOCK, lockFor, Duration.ZERO));
    if (lock.isEmpty()) {
      log.info("Demo data: another process holds the lock '{}' and loads it; not loading", LOCK);
      return;
    }
    try {
      demoData.loadIfEmpty();
      if (properties.largeRequests() > 0) {
        largeData.ensure(properties.largeRequests());
      }
    } finally {
      lock.get().unlock();
    }
  }

  private String databaseUrl() {
    try (var connection = dataSource.getConnection()) {
      return connection.getMetaData().getURL();
    } catch (SQLException e) {
      throw new IllegalStateException("cannot tell which database this is", e);
    }
  }
}
