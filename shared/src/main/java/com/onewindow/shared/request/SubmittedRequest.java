package com.onewindow.shared.request;

import com.onewindow.shared.common.LocalizedText;
import com.onewindow.shared.common.Money;

/** A request the wizard submitted: its number, the branch that processes it, what it costs. */
public record SubmittedRequest(
    long id, String number, LocalizedText branchName, Money monthly, Money oneTime) {

  static SubmittedRequest of(ConnectionRequest request) {
    return new SubmittedRequest(
        request.getId(),
        request.number().orElseThrow(),
        request.getBranch().name(),
        request.monthlyTotal(),
        request.oneTimeTotal());
  }
}
