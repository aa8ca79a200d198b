package com.onewindow.shared.request;

import com.onewindow.shared.common.Money;
import java.util.List;

/**
 * An order the wizard submitted: one request per branch that serves its sites, in the order of the
 * sites, known by its first request's number; what it costs in all.
 */
public record SubmittedOrder(String number, List<SubmittedRequest> requests) {

  public SubmittedOrder {
    requests = List.copyOf(requests);
    if (requests.isEmpty()) {
      throw new IllegalArgumentException("an order has at least one request");
    }
  }

  static SubmittedOrder of(List<ConnectionRequest> parts) {
    return new SubmittedOrder(
        parts.getFirst().number().orElseThrow(), parts.stream().map(SubmittedRequest::of).toList());
  }

  /** Whether several branches serve the order, each with a request of its own. */
  public boolean isSplit() {
    return requests.size() > 1;
  }

  public SubmittedRequest first() {
    return requests.getFirst();
  }

  public Money monthly() {
    return requests.stream().map(SubmittedRequest::monthly).reduce(Money.ZERO, Money::plus);
  }

  public Money oneTime() {
    return requests.stream().map(SubmittedRequest::oneTime).reduce(Money.ZERO, Money::plus);
  }
}
