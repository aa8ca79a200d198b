package com.onewindow.portal.security;

import com.onewindow.shared.account.CustomerUserDetailsService;
import com.onewindow.shared.security.CurrentUser;
import com.vaadin.flow.server.VaadinSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * The signed-in customer of this browser session. After a submission made the customer the
 * administrator of a new company, the session learns the company at once, without a new sign-in.
 */
@Component
public class SignedInCustomer {

  private final CustomerUserDetailsService users;

  SignedInCustomer(CustomerUserDetailsService users) {
    this.users = users;
  }

  public boolean isSignedIn() {
    return CurrentUser.customer().isPresent();
  }

  /** Reloads the principal (its company may have changed) into the session's security context. */
  public void refresh() {
    CurrentUser.customer()
        .ifPresent(
            current -> {
              var fresh = users.loadUserByUsername(current.getUsername());
              var authentication =
                  UsernamePasswordAuthenticationToken.authenticated(
                      fresh, null, fresh.getAuthorities());
              var context = SecurityContextHolder.createEmptyContext();
              context.setAuthentication(authentication);
              SecurityContextHolder.setContext(context);
              var session = VaadinSession.getCurrent();
              if (session != null && session.getSession() != null) {
                session
                    .getSession()
                    .setAttribute(
                        HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
              }
            });
  }
}
