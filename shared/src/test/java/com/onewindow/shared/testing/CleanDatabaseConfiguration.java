package com.onewindow.shared.testing;

import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Starts every test context from an empty schema, so a run against a long-lived MariaDB database
 * sees the same data as one against a fresh in-memory H2. Keep one context per test module: a
 * second context would wipe the data under the first.
 */
@TestConfiguration(proxyBeanMethods = false)
public class CleanDatabaseConfiguration {

  @Bean
  FlywayMigrationStrategy cleanThenMigrate() {
    return flyway -> {
      flyway.clean();
      flyway.migrate();
    };
  }
}
