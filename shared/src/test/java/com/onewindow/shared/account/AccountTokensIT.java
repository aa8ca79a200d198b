package com.onewindow.shared.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.onewindow.shared.SharedTestApplication;
import com.onewindow.shared.common.BusinessRuleViolation;
import com.onewindow.shared.testing.MutableClock;
import com.onewindow.shared.testing.TestDatabase;
import java.time.Duration;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The single-use links of registration and password reset, and the slowing down of guessing. */
@SpringBootTest(classes = SharedTestApplication.class)
@TestDatabase
class AccountTokensIT {

  private static final Pattern TOKEN = Pattern.compile("token=([A-Za-z0-9_-]+)");

  @Autowired RegistrationService registration;
  @Autowired CustomerUsers users;
  @Autowired CustomerUserDetailsService customerUserDetailsService;
  @Autowired LoginThrottle throttle;
  @Autowired PasswordEncoder passwords;
  @Autowired JdbcTemplate jdbc;
  @Autowired MutableClock clock;

  @AfterEach
  void emptyTheOutbox() {
    jdbc.update("delete from outbox_message");
  }

  @Test
  void the_confirmation_link_works_once_and_only_then_may_the_user_sign_in() {
    String email = register();
    assertThat(customerUserDetailsService.loadUserByUsername(email).isEnabled()).isFalse();
    String token = lastToken(email);

    registration.confirmEmail(token);

    assertThat(customerUserDetailsService.loadUserByUsername(email).isEnabled()).isTrue();
    assertThatThrownBy(() -> registration.confirmEmail(token))
        .isInstanceOf(BusinessRuleViolation.class)
        .hasMessageContaining("account.error.tokenInvalid");
  }

  @Test
  void the_confirmation_link_expires_after_24_hours() {
    String email = register();
    String token = lastToken(email);

    clock.advance(Duration.ofHours(24).plusSeconds(1));

    assertThatThrownBy(() -> registration.confirmEmail(token))
        .hasMessageContaining("account.error.tokenInvalid");
    assertThat(customerUserDetailsService.loadUserByUsername(email).isEnabled()).isFalse();
  }

  @Test
  void only_a_hash_of_the_token_is_stored() {
    String email = register();
    String token = lastToken(email);

    assertThat(jdbc.queryForList("select token_hash from account_token", String.class))
        .doesNotContain(token)
        .contains(AccountToken.hash(token));
  }

  @Test
  void a_reset_link_sets_a_new_password_once_and_expires_within_the_hour() {
    String email = registerAndConfirm();
    registration.requestPasswordReset(email);
    String token = lastToken(email);

    registration.resetPassword(token, "a-brand-new-password");

    assertThat(
            passwords.matches(
                "a-brand-new-password",
                users.findByEmailIgnoreCase(email).orElseThrow().getPasswordHash()))
        .isTrue();
    assertThatThrownBy(() -> registration.resetPassword(token, "yet-another-password"))
        .hasMessageContaining("account.error.tokenInvalid");

    registration.requestPasswordReset(email);
    String late = lastToken(email);
    clock.advance(Duration.ofMinutes(61));
    assertThatThrownBy(() -> registration.resetPassword(late, "too-late-password"))
        .hasMessageContaining("account.error.tokenInvalid");
  }

  @Test
  void a_password_shorter_than_ten_characters_is_refused() {
    assertThatThrownBy(
            () ->
                registration.register(
                    new Registration("Иван", unique(), "+79123456789", "short", null),
                    Locale.forLanguageTag("ru")))
        .hasMessageContaining("account.error.passwordShort");
  }

  @Test
  void naming_the_inn_of_a_company_with_users_gives_no_access_until_accepted() {
    String volgaInn =
        jdbc.queryForObject(
            "select inn from company where legal_name = 'ООО «Волга-Отель»'", String.class);
    String email = unique();
    registration.register(
        new Registration("Пётр Чужой", email, "+79123456780", "long-enough-password", volgaInn),
        Locale.forLanguageTag("ru"));
    registration.confirmEmail(lastToken(email));

    var principal =
        (com.onewindow.shared.security.CustomerPrincipal)
            customerUserDetailsService.loadUserByUsername(email);
    assertThat(principal.companyId()).isEmpty();
    assertThat(users.findByEmailIgnoreCase(email).orElseThrow().getPendingCompany()).isNotNull();
  }

  @Test
  void five_wrong_passwords_lock_the_account_for_a_growing_time() {
    String email = registerAndConfirm();
    for (int i = 0; i < 4; i++) {
      fail(email);
    }
    assertThat(customerUserDetailsService.loadUserByUsername(email)).isNotNull();

    fail(email);
    assertThatThrownBy(() -> customerUserDetailsService.loadUserByUsername(email))
        .isInstanceOf(LockedException.class);

    clock.advance(Duration.ofMinutes(1).plusSeconds(1));
    assertThat(customerUserDetailsService.loadUserByUsername(email)).isNotNull();
    fail(email);
    clock.advance(Duration.ofMinutes(1).plusSeconds(1));
    assertThatThrownBy(() -> customerUserDetailsService.loadUserByUsername(email))
        .as("the sixth failure locks for two minutes")
        .isInstanceOf(LockedException.class);
  }

  private void fail(String email) {
    throttle.onFailure(
        new AuthenticationFailureBadCredentialsEvent(
            UsernamePasswordAuthenticationToken.unauthenticated(email, "wrong"),
            new BadCredentialsException("wrong")));
  }

  private String register() {
    String email = unique();
    registration.register(
        new Registration("Мария Иванова", email, "+7 912 000-11-22", "long-enough-password", null),
        Locale.forLanguageTag("ru"));
    return email;
  }

  private String registerAndConfirm() {
    String email = register();
    registration.confirmEmail(lastToken(email));
    return email;
  }

  private String lastToken(String email) {
    String body =
        jdbc.queryForObject(
            "select body from outbox_message where recipient = ? order by id desc limit 1",
            String.class,
            email);
    var matcher = TOKEN.matcher(body);
    assertThat(matcher.find()).as(body).isTrue();
    return matcher.group(1);
  }

  private static String unique() {
    return "user-" + UUID.randomUUID() + "@firm.example";
  }
}
