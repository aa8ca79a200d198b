package com.onewindow.shared.crm;

import static org.assertj.core.api.Assertions.assertThat;

import com.onewindow.shared.staff.Role;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ActivityLoggingRolesTest {

  @Test
  void screens_offer_the_entry_to_exactly_the_roles_the_service_accepts() {
    var quoted = Pattern.compile("'([A-Z_]+)'").matcher(ActivityService.LOGGING);
    Set<Role> accepted =
        quoted.results().map(m -> Role.valueOf(m.group(1))).collect(Collectors.toSet());

    assertThat(accepted).isNotEmpty().isEqualTo(ActivityService.LOGGING_ROLES);
    assertThat(ActivityService.LOGGING_ROLES).doesNotContain(Role.TECHNICIAN, Role.ADMIN);
  }
}
