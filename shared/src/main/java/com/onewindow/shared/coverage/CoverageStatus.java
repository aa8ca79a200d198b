package com.onewindow.shared.coverage;

/** Whether an address can be connected: the answer of the serviceability check (P2). */
public enum CoverageStatus {
  COVERED,
  SURVEY_NEEDED,
  NOT_COVERED
}
