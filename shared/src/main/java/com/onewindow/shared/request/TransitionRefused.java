package com.onewindow.shared.request;

import com.onewindow.shared.common.BusinessRuleViolation;

/** The lifecycle, or the actor's roles, do not allow this action on the request now. */
public class TransitionRefused extends BusinessRuleViolation {

  private final RequestAction action;
  private final RequestStatus status;

  TransitionRefused(String messageKey, RequestAction action, RequestStatus status) {
    super(messageKey, action, status);
    this.action = action;
    this.status = status;
  }

  static TransitionRefused illegalIn(RequestAction action, RequestStatus status) {
    return new TransitionRefused("request.error.illegalTransition", action, status);
  }

  static TransitionRefused notPermitted(RequestAction action, RequestStatus status) {
    return new TransitionRefused("request.error.notPermitted", action, status);
  }

  public RequestAction action() {
    return action;
  }

  public RequestStatus status() {
    return status;
  }
}
