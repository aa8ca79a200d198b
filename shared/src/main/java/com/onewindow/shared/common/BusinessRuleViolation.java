package com.onewindow.shared.common;

import java.util.Arrays;

/**
 * A refusal the user can act on: a rule of the domain forbids what was asked. It carries a
 * translation key and its arguments, so each app shows it in the user's language.
 */
public class BusinessRuleViolation extends RuntimeException {

  private final String messageKey;
  private final Object[] arguments;

  public BusinessRuleViolation(String messageKey, Object... arguments) {
    super(messageKey + (arguments.length == 0 ? "" : " " + Arrays.toString(arguments)));
    this.messageKey = messageKey;
    this.arguments = arguments.clone();
  }

  public String messageKey() {
    return messageKey;
  }

  public Object[] arguments() {
    return arguments.clone();
  }
}
