package com.onewindow.shared.request;

/** What happened to a request, as its timeline tells. */
public enum RequestEventType {
  CREATED,
  SUBMITTED,
  CLAIMED,
  ASSIGNED,
  SURVEY_STARTED,
  SURVEY_RECORDED,
  SCHEDULED,
  INSTALLED,
  ACTIVATED,
  PUT_ON_HOLD,
  RESUMED,
  REJECTED,
  CANCELLED,
  INTERNAL_NOTE,
  MESSAGE
}
