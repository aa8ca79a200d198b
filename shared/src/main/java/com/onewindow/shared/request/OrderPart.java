package com.onewindow.shared.request;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * Which part of a customer's order a request is, when the order's sites are served by several
 * branches: each branch processes its own request, and the customer sees them as one order known by
 * its first part's number ("part 2 of 2 of order 2026-0001234").
 */
@Embeddable
public record OrderPart(
    @Column(name = "order_number") String orderNumber,
    @Column(name = "order_part") int part,
    @Column(name = "order_parts") int parts) {

  public OrderPart {
    if (orderNumber.isBlank() || parts < 2 || part < 1 || part > parts) {
      throw new IllegalArgumentException(
          "part %d of %d of order '%s'".formatted(part, parts, orderNumber));
    }
  }
}
