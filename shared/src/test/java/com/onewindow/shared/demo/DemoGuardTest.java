package com.onewindow.shared.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DemoGuardTest {

  private static final String H2 = "jdbc:h2:file:./data/onewindow;AUTO_SERVER=TRUE;MODE=MySQL";
  private static final String MARIADB = "jdbc:mariadb://db.internal:3306/onewindow?password=secret";

  @Test
  void loads_into_the_embedded_h2_database() {
    var decision = DemoGuard.decide(new DemoProperties(true, false, 0), H2);

    assertThat(decision.load()).isTrue();
    assertThat(decision.reason()).contains("embedded H2");
  }

  @Test
  void refuses_a_server_database_that_is_not_declared_a_test_database() {
    var decision = DemoGuard.decide(new DemoProperties(true, false, 0), MARIADB);

    assertThat(decision.load()).isFalse();
    assertThat(decision.reason())
        .contains("jdbc:mariadb://db.internal:3306/onewindow", "production")
        .doesNotContain("secret");
  }

  @Test
  void loads_into_a_server_database_declared_a_test_database() {
    var decision = DemoGuard.decide(new DemoProperties(true, true, 0), MARIADB);

    assertThat(decision.load()).isTrue();
    assertThat(decision.reason()).contains("allow-external-database");
  }

  @Test
  void loads_nowhere_when_disabled() {
    assertThat(DemoGuard.decide(new DemoProperties(false, true, 0), H2).load()).isFalse();
  }
}
