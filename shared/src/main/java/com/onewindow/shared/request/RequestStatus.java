package com.onewindow.shared.request;

/** The states of a connection request (PRODUCT.md section 5). */
public enum RequestStatus {
  DRAFT,
  SUBMITTED,
  IN_REVIEW,
  SURVEY,
  SCHEDULED,
  ON_HOLD,
  ACTIVATED,
  CANCELLED,
  REJECTED;

  public boolean isFinal() {
    return this == ACTIVATED || this == CANCELLED || this == REJECTED;
  }
}
