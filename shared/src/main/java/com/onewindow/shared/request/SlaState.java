package com.onewindow.shared.request;

/** Where a request stands against its channel's SLA (B3). */
public enum SlaState {
  /** Not running: a draft, or a request that is closed. */
  NONE,
  ON_TRACK,
  /** Waiting for the customer: the clock stands still. */
  PAUSED,
  OVERDUE
}
