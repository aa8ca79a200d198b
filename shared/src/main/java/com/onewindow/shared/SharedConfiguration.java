package com.onewindow.shared;

import java.time.Clock;
import java.time.Duration;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * What both apps take from the shared module: its entities and repositories, the scheduler with a
 * database lock (jobs run once across instances), method security on the services, the clock.
 */
@Configuration(proxyBeanMethods = false)
@EntityScan(basePackageClasses = SharedConfiguration.class)
@EnableJpaRepositories(basePackageClasses = SharedConfiguration.class)
@EnableScheduling
@EnableSchedulerLock(defaultLockAtMostFor = "PT10M")
@EnableMethodSecurity(jsr250Enabled = true)
public class SharedConfiguration {

  /**
   * Ticks in microseconds, the precision of the DATETIME(6) columns: an instant read back from the
   * database then equals the one written (H2 would round the nanoseconds, MariaDB cut them).
   */
  @Bean
  Clock clock() {
    return Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));
  }

  @Bean
  LockProvider lockProvider(DataSource dataSource) {
    return new JdbcTemplateLockProvider(
        JdbcTemplateLockProvider.Configuration.builder()
            .withJdbcTemplate(new JdbcTemplate(dataSource))
            .withTimeZone(java.util.TimeZone.getTimeZone("UTC"))
            .build());
  }

  /** Delegating encoder: bcrypt today, and old hashes keep working if the default changes. */
  @Bean
  PasswordEncoder passwordEncoder() {
    return PasswordEncoderFactories.createDelegatingPasswordEncoder();
  }
}
