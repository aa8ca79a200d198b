package com.onewindow.shared.common;

/**
 * Nothing the caller may see has this id. Thrown alike for a record that does not exist and for one
 * outside the caller's scope, so that a typed-in id reveals nothing.
 */
public class NotFoundException extends BusinessRuleViolation {

  public NotFoundException(String what, Object id) {
    super("error.notFound", what, id);
  }
}
