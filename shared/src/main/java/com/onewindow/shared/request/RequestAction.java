package com.onewindow.shared.request;

/** The things people do to a request; each is allowed in some states, to some actors. */
public enum RequestAction {
  ADD_LINE,
  SUBMIT,
  CLAIM,
  ASSIGN,
  START_SURVEY,
  RECORD_SURVEY,
  SCHEDULE,
  MARK_INSTALLED,
  ACTIVATE,
  PUT_ON_HOLD,
  RESUME,
  REJECT,
  CANCEL
}
