package com.onewindow.shared.request;

import com.onewindow.shared.common.BusinessRuleViolation;

/**
 * Somebody else acted on the request between the moment the caller looked at it and their action:
 * nothing of the caller's action was saved. Names the person who got there first.
 */
public class RequestChangedMeanwhile extends BusinessRuleViolation {

  private final String who;

  RequestChangedMeanwhile(String who) {
    super("request.error.changedMeanwhile", who);
    this.who = who;
  }

  public String who() {
    return who;
  }
}
