package com.onewindow.shared.request;

/** Why staff refused a request. */
public enum RejectReason {
  NOT_FEASIBLE,
  INVALID,
  DUPLICATE
}
