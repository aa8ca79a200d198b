package com.onewindow.shared.request;

import java.time.LocalTime;

/** A time window for an installation visit, in the site's branch time zone. */
public enum InstallWindow {
  MORNING(LocalTime.of(9, 0), LocalTime.of(13, 0)),
  AFTERNOON(LocalTime.of(13, 0), LocalTime.of(18, 0));

  private final LocalTime start;
  private final LocalTime end;

  InstallWindow(LocalTime start, LocalTime end) {
    this.start = start;
    this.end = end;
  }

  public LocalTime start() {
    return start;
  }

  public LocalTime end() {
    return end;
  }
}
