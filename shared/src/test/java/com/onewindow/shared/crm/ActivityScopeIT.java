package com.onewindow.shared.crm;

import static com.onewindow.shared.crm.CrmFixtures.freshInn;
import static com.onewindow.shared.crm.CrmFixtures.newClient;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.onewindow.shared.SharedTestApplication;
import com.onewindow.shared.common.BusinessRuleViolation;
import com.onewindow.shared.common.NotFoundException;
import com.onewindow.shared.testing.MutableClock;
import com.onewindow.shared.testing.TestDatabase;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;

/** Activities are logged against clients in scope and seen only in scope; corrections are kept. */
@SpringBootTest(classes = SharedTestApplication.class)
@TestDatabase
@Transactional
class ActivityScopeIT {

  private static final PageRequest ALL = PageRequest.of(0, 1000);

  @Autowired ActivityService activities;
  @Autowired ClientService clients;
  @Autowired MutableClock clock;
  @Autowired JdbcTemplate jdbc;

  @Autowired
  @Qualifier("staffUserDetailsService")
  UserDetailsService staffUsers;

  @Test
  void a_managers_activities_are_seen_by_them_and_their_head_not_by_another_branch() {
    signIn("sales.nsk");
    long client = clients.create(newClient(freshInn(), "ООО «Обь-Связь»", null));
    long id =
        activities.log(new LogActivity(client, null, ActivityType.MEETING, null, "Встреча")).id();
    assertThat(activities.activities(null, ALL)).extracting(ActivityRow::id).contains(id);
    assertThat(activities.myDay().activities()).extracting(ActivityRow::id).contains(id);

    signIn("sales.kazan");
    assertThat(activities.activities(null, ALL)).extracting(ActivityRow::id).doesNotContain(id);
    assertThatThrownBy(
            () -> activities.log(new LogActivity(client, null, ActivityType.CALL, null, null)))
        .isInstanceOf(NotFoundException.class);

    signIn("tech.hq");
    assertThat(activities.activities(client, ALL)).extracting(ActivityRow::id).containsExactly(id);
  }

  @Test
  void a_correction_on_the_same_day_needs_no_note_but_later_one_does_and_both_are_recorded() {
    signIn("sales.nsk");
    long client = clients.create(newClient(freshInn(), "ООО «Академгородок»", null));
    long id = activities.log(new LogActivity(client, null, ActivityType.CALL, null, "Занято")).id();

    activities.correct(id, ActivityType.CALL, "Дозвонился", null);
    var saved = clock.instant();
    try {
      clock.advance(Duration.ofDays(1));
      assertThatThrownBy(() -> activities.correct(id, ActivityType.MEETING, "Встреча", " "))
          .isInstanceOfSatisfying(
              BusinessRuleViolation.class,
              e -> assertThat(e.messageKey()).isEqualTo("crm.error.correctionNoteRequired"));
      activities.correct(id, ActivityType.MEETING, "Встреча", "Перепутал тип");
    } finally {
      clock.set(saved);
    }

    assertThat(
            jdbc.queryForList(
                "select note from crm_activity_correction where activity_id = ? order by id",
                String.class,
                id))
        .containsExactly(null, "Перепутал тип");
  }

  @Test
  void nobody_corrects_another_managers_activity() {
    signIn("sales.nsk");
    long client = clients.create(newClient(freshInn(), "ООО «Сибирский кедр»", null));
    long id = activities.log(new LogActivity(client, null, ActivityType.CALL, null, null)).id();

    signIn("head.saratov");
    assertThatThrownBy(() -> activities.correct(id, ActivityType.CALL, "x", "y"))
        .isInstanceOf(NotFoundException.class);
  }

  private void signIn(String username) {
    var user = staffUsers.loadUserByUsername(username);
    SecurityContextHolder.getContext()
        .setAuthentication(
            UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
  }
}
