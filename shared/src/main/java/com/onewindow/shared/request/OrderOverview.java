package com.onewindow.shared.request;

import com.onewindow.shared.common.LocalizedText;
import java.util.List;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * The order a request is a part of, as its reader sees it: the order's number and every part, one
 * per branch, in order. A part the reader may not open shows only its number and branch.
 */
public record OrderOverview(String number, List<Part> parts) {

  public OrderOverview {
    parts = List.copyOf(parts);
  }

  /** One request of the order; {@code status} is empty where the reader may not open it. */
  public record Part(
      long id,
      String number,
      int part,
      LocalizedText branchName,
      @Nullable RequestStatus status,
      boolean openable) {}

  /** The order of this request, if it is a part of one, with the parts this reader may open. */
  static @Nullable OrderOverview of(
      ConnectionRequest request,
      ConnectionRequests requests,
      Predicate<ConnectionRequest> mayOpen) {
    return request
        .orderPart()
        .map(part -> of(part.orderNumber(), requests.findOrderParts(part.orderNumber()), mayOpen))
        .orElse(null);
  }

  static OrderOverview of(
      String number, List<ConnectionRequest> parts, Predicate<ConnectionRequest> mayOpen) {
    return new OrderOverview(
        number,
        parts.stream()
            .map(
                r -> {
                  boolean openable = mayOpen.test(r);
                  return new Part(
                      r.getId(),
                      r.number().orElseThrow(),
                      r.orderPart().orElseThrow().part(),
                      r.getBranch().name(),
                      openable ? r.getStatus() : null,
                      openable);
                })
            .toList());
  }

  /** How many requests the order was split into. */
  public int count() {
    return parts.size();
  }

  /** The part that is this request. */
  public Part partOf(long requestId) {
    return parts.stream().filter(p -> p.id() == requestId).findFirst().orElseThrow();
  }
}
