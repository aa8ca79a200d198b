package com.onewindow.shared.request;

import com.onewindow.shared.common.BusinessRuleViolation;
import java.util.List;

/** An order that breaks its rules; the first problem is the message, all are kept for the form. */
public class OrderRefused extends BusinessRuleViolation {

  private final List<OrderProblem> problems;

  OrderRefused(List<OrderProblem> problems) {
    super(problems.getFirst().messageKey(), problems.getFirst().args().toArray());
    this.problems = List.copyOf(problems);
  }

  public List<OrderProblem> problems() {
    return problems;
  }
}
