package com.onewindow.shared.coverage;

/** How a site is connected. */
public enum Technology {
  FIBER,
  COPPER,
  RADIO,
  SATELLITE
}
