package com.onewindow.shared.request;

import com.onewindow.shared.common.LocalizedText;
import com.onewindow.shared.common.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One request as its customer sees it: what was ordered where, the customer-visible timeline, and
 * the order it is a part of when several branches serve the order's sites.
 */
public record CustomerRequestDetail(
    long id,
    @Nullable String number,
    RequestStatus status,
    LocalizedText branchName,
    ZoneId zone,
    Instant createdAt,
    @Nullable Instant submittedAt,
    @Nullable LocalDate desiredDate,
    @Nullable InstallVisit visit,
    @Nullable String comment,
    ContactPerson contact,
    Money monthly,
    Money oneTime,
    List<Line> lines,
    List<TimelineEntry> timeline,
    boolean cancellable,
    @Nullable OrderOverview order) {

  /** What one site gets. */
  public record Line(String site, LocalizedText item, Money monthly, Money oneTime) {}

  /**
   * A step or a message, in time order; {@code text} is a reason, what a hold waits for or the
   * message (never a survey's internal notes), {@code visit} the visit a SCHEDULED step booked,
   * {@code surveyFeasible} a survey's result, {@code rejectReason} a rejection's reason.
   */
  public record TimelineEntry(
      Instant at,
      RequestEventType type,
      @Nullable RequestStatus toStatus,
      String author,
      boolean byCustomer,
      @Nullable String text,
      @Nullable InstallVisit visit,
      @Nullable Boolean surveyFeasible,
      @Nullable RejectReason rejectReason) {}

  static CustomerRequestDetail of(ConnectionRequest request, boolean cancellable) {
    return of(request, cancellable, null);
  }

  static CustomerRequestDetail of(
      ConnectionRequest request, boolean cancellable, @Nullable OrderOverview order) {
    var lines =
        request.getLines().stream()
            .map(
                l ->
                    new Line(
                        l.getSite().getAddress().oneLine(),
                        itemOf(l),
                        l.monthlyPrice(),
                        l.oneTimePrice()))
            .toList();
    var timeline =
        request.getEvents().stream()
            .filter(RequestEvent::isCustomerVisible)
            .sorted(java.util.Comparator.comparing(RequestEvent::getOccurredAt))
            .map(
                e ->
                    new TimelineEntry(
                        e.getOccurredAt(),
                        e.getType(),
                        e.getToStatus(),
                        e.getActorName(),
                        e.getActorKind() == com.onewindow.shared.security.Actor.Kind.CUSTOMER,
                        e.customerText(),
                        e.visit().orElse(null),
                        e.surveyFeasible().orElse(null),
                        e.rejectReason().orElse(null)))
            .toList();
    return new CustomerRequestDetail(
        request.getId(),
        request.number().orElse(null),
        request.getStatus(),
        request.getBranch().name(),
        request.getBranch().zone(),
        request.getCreatedAt(),
        request.getSubmittedAt(),
        request.getDesiredDate(),
        request.installVisit().orElse(null),
        request.getCustomerComment(),
        request.contact(),
        request.monthlyTotal(),
        request.oneTimeTotal(),
        lines,
        timeline,
        cancellable,
        order);
  }

  private static LocalizedText itemOf(RequestLine line) {
    if (line.getBundle() != null) {
      return line.getBundle().name();
    }
    var product = java.util.Objects.requireNonNull(line.getProduct()).name();
    var option = line.getOption();
    return option == null
        ? product
        : new LocalizedText(
            product.ru() + " — " + option.name().ru(), product.en() + " — " + option.name().en());
  }
}
