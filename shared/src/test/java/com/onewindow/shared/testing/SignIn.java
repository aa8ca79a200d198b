package com.onewindow.shared.testing;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Signs a user in on the current thread, for tests that switch users or run several threads. */
public final class SignIn {

  private SignIn() {}

  public static void as(UserDetailsService users, String username) {
    var user = users.loadUserByUsername(username);
    var context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(
        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    SecurityContextHolder.setContext(context);
  }

  public static void out() {
    SecurityContextHolder.clearContext();
  }
}
