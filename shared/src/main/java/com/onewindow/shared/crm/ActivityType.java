package com.onewindow.shared.crm;

/** What a manager logs (R1): the funnel counts calls, meetings and contracts. */
public enum ActivityType {
  CALL,
  MEETING,
  EMAIL,
  CONTRACT
}
