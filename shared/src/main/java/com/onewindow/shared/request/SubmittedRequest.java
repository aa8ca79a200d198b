package com.onewindow.shared.request;

import com.onewindow.shared.common.Money;

/** A request the wizard submitted: its number and what it costs. */
public record SubmittedRequest(long id, String number, Money monthly, Money oneTime) {

  static SubmittedRequest of(ConnectionRequest request) {
    return new SubmittedRequest(
        request.getId(),
        request.number().orElseThrow(),
        request.monthlyTotal(),
        request.oneTimeTotal());
  }
}
