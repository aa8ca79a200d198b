package com.onewindow.shared.request;

import java.util.List;

/**
 * Published when a customer's order is submitted as several requests, one per branch that serves
 * its sites, in the transaction that makes them: the customer is told of the order once.
 */
public record OrderSubmitted(String orderNumber, List<Long> requestIds) {

  public OrderSubmitted {
    requestIds = List.copyOf(requestIds);
  }
}
