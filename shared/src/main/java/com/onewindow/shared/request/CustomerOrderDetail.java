package com.onewindow.shared.request;

import com.onewindow.shared.common.Money;
import java.util.List;

/**
 * A customer's order whose sites several branches serve, as its customer sees it: one request per
 * branch, each processed by that branch, known together by the first request's number.
 */
public record CustomerOrderDetail(String number, List<CustomerRequestDetail> requests) {

  public CustomerOrderDetail {
    requests = List.copyOf(requests);
  }

  public Money monthly() {
    return requests.stream().map(CustomerRequestDetail::monthly).reduce(Money.ZERO, Money::plus);
  }

  public Money oneTime() {
    return requests.stream().map(CustomerRequestDetail::oneTime).reduce(Money.ZERO, Money::plus);
  }
}
