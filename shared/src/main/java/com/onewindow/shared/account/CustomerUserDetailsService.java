package com.onewindow.shared.account;

import com.onewindow.shared.security.CustomerPrincipal;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Signs customers in to the portal; an unconfirmed email cannot sign in yet. */
@Service
public class CustomerUserDetailsService implements UserDetailsService {

  private final CustomerUsers customerUsers;

  CustomerUserDetailsService(CustomerUsers customerUsers) {
    this.customerUsers = customerUsers;
  }

  @Override
  @Transactional(readOnly = true)
  public UserDetails loadUserByUsername(String email) {
    var user =
        customerUsers
            .findByEmailIgnoreCase(email.strip())
            .orElseThrow(() -> new UsernameNotFoundException("no such customer"));
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
