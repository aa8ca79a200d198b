package com.onewindow.shared.common;

import org.springframework.dao.OptimisticLockingFailureException;

/**
 * What to tell a user about a failure: a refused business rule in its own words, a lost race as
 * such, anything else as an unexpected error (which the caller logs). Both apps show it their way.
 */
public record UserFacingError(String messageKey, Object[] arguments, boolean unexpected) {

  public static UserFacingError of(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof BusinessRuleViolation violation) {
        return new UserFacingError(violation.messageKey(), violation.arguments(), false);
      }
      if (t instanceof OptimisticLockingFailureException) {
        return new UserFacingError("error.concurrentChange", new Object[0], false);
      }
    }
    return new UserFacingError("error.unexpected", new Object[0], true);
  }
}
