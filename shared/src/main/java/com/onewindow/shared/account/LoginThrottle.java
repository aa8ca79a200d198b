package com.onewindow.shared.account;

import java.time.Clock;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows down guessing: every wrong password of a customer account counts, and from the fifth in a
 * row the account is locked for a growing time (see {@link CustomerUser#recordFailedLogin}).
 */
@Component
class LoginThrottle {

  private final CustomerUsers users;
  private final Clock clock;

  LoginThrottle(CustomerUsers users, Clock clock) {
    this.users = users;
    this.clock = clock;
  }

  @EventListener
  @Transactional
  public void onFailure(AuthenticationFailureBadCredentialsEvent event) {
    users
        .findByEmailIgnoreCase(nameOf(event.getAuthentication()))
        .ifPresent(user -> user.recordFailedLogin(clock.instant()));
  }

  @EventListener
  @Transactional
  public void onSuccess(AuthenticationSuccessEvent event) {
    users
        .findByEmailIgnoreCase(nameOf(event.getAuthentication()))
        .filter(user -> user.getFailedLogins() > 0)
        .ifPresent(CustomerUser::recordSuccessfulLogin);
  }

  private static String nameOf(Authentication authentication) {
    return String.valueOf(authentication.getName()).strip();
  }
}
