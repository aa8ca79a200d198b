package com.onewindow.shared;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistrar;

/**
 * The database of the integration tests: an in-memory H2 in MySQL mode, or the server that the
 * environment names in IT_DATASOURCE_URL, _USERNAME and _PASSWORD (the MariaDB run of CI). A server
 * database is emptied first, so that every run starts from the migrations, and declared a throwaway
 * one, so that demo data may go into it. Import it with {@code @Import}: Spring ignores a nested
 * test configuration of an abstract test class.
 */
@TestConfiguration(proxyBeanMethods = false)
public class ItDatabaseConfiguration {

  public static final String H2_URL =
      "jdbc:h2:mem:demo;DB_CLOSE_DELAY=-1;MODE=MySQL;DATABASE_TO_LOWER=TRUE;"
          + "CASE_INSENSITIVE_IDENTIFIERS=TRUE;IGNORECASE=TRUE";

  /** The server the environment names, or null for the in-memory H2. */
  public static @Nullable String externalUrl() {
    String url = System.getenv("IT_DATASOURCE_URL");
    // The build passes the variable through even when it is not set, as an empty string.
    return url == null || url.isBlank() ? null : url;
  }

  @Bean
  DynamicPropertyRegistrar itDatabaseProperties() {
    return registry -> {
      String external = externalUrl();
      if (external == null) {
        registry.add("spring.datasource.url", () -> H2_URL);
        registry.add("spring.datasource.username", () -> "sa");
        registry.add("spring.datasource.password", () -> "");
        return;
      }
      registry.add("spring.datasource.url", () -> external);
      registry.add("spring.datasource.username", () -> env("IT_DATASOURCE_USERNAME"));
      registry.add("spring.datasource.password", () -> env("IT_DATASOURCE_PASSWORD"));
      registry.add("spring.flyway.clean-disabled", () -> "false");
      registry.add("onewindow.demo.allow-external-database", () -> "true");
    };
  }

  @Bean
  FlywayMigrationStrategy cleanServerDatabaseFirst() {
    return flyway -> {
      if (externalUrl() != null) {
        flyway.clean();
      }
      flyway.migrate();
    };
  }

  private static String env(String name) {
    String value = System.getenv(name);
    return value == null ? "" : value;
  }
}
