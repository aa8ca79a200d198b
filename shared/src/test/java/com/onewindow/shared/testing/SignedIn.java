package com.onewindow.shared.testing;

import java.util.concurrent.Callable;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Runs code as a given user on the current thread, for tests that switch users within one test or
 * act from several threads (where {@code @WithUserDetails} does not reach).
 */
public final class SignedIn {

  private final UserDetailsService users;

  public SignedIn(UserDetailsService users) {
    this.users = users;
  }

  public <T> T as(String username, Callable<T> work) throws Exception {
    var previous = SecurityContextHolder.getContext();
    var user = users.loadUserByUsername(username);
    var context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(
        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    SecurityContextHolder.setContext(context);
    try {
      return work.call();
    } finally {
      SecurityContextHolder.setContext(previous);
    }
  }

  public void run(String username, ThrowingRunnable work) throws Exception {
    as(
        username,
        () -> {
          work.run();
          return null;
        });
  }

  /** A piece of test code that may throw. */
  @FunctionalInterface
  public interface ThrowingRunnable {
    void run() throws Exception;
  }
}
