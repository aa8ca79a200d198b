package com.onewindow.shared.account;

import com.onewindow.shared.security.CustomerPrincipal;
import java.time.Clock;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Signs customers in to the portal; an unconfirmed email cannot sign in yet. */
@Service
public class CustomerUserDetailsService implements UserDetailsService {

  private final CustomerUsers customerUsers;
  private final Clock clock;

  CustomerUserDetailsService(CustomerUsers customerUsers, Clock clock) {
    this.customerUsers = customerUsers;
    this.clock = clock;
  }

  @Override
  @Transactional(readOnly = true)
  public UserDetails loadUserByUsername(String email) {
    var user =
        customerUsers
            .findByEmailIgnoreCase(email.strip())
            .orElseThrow(() -> new UsernameNotFoundException("no such customer"));
    if (user.isLockedAt(clock.instant())) {
      // Thrown before the password is checked, so guessing on goes nowhere while it lasts.
      throw new LockedException("locked until " + user.getLockedUntil());
    }
    var company = user.getCompany();
    return new CustomerPrincipal(
        user.getId(),
        user.getEmail(),
        user.getFullName(),
        company == null ? null : company.getId(),
        user.isEnabled() && user.isEmailConfirmed(),
        user.getPasswordHash());
  }
}
