package com.onewindow.shared.notification;

import com.onewindow.shared.account.CustomerUser;
import com.onewindow.shared.account.CustomerUsers;
import com.onewindow.shared.common.Money;
import com.onewindow.shared.request.ConnectionRequest;
import com.onewindow.shared.request.ConnectionRequests;
import com.onewindow.shared.request.OrderSubmitted;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Confirms an order whose sites several branches serve with one mail (P8): each request with its
 * number, its branch, its sites and prices, then the order's totals. Queued in the outbox in the
 * submitting transaction, to the order's contact, in the language of the customer who ordered.
 */
@Component
class OrderMails {

  private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

  private final ConnectionRequests requests;
  private final CustomerUsers customers;
  private final Outbox outbox;
  private final MessageSource messages;
  private final OrderedLines lines;
  private final String portalUrl;

  OrderMails(
      ConnectionRequests requests,
      CustomerUsers customers,
      Outbox outbox,
      MessageSource messages,
      @Value("${onewindow.portal.base-url:http://localhost:8080}") String portalUrl) {
    this.requests = requests;
    this.customers = customers;
    this.outbox = outbox;
    this.messages = messages;
    this.lines = new OrderedLines(messages);
    this.portalUrl = portalUrl.replaceAll("/$", "");
  }

  @EventListener
  void on(OrderSubmitted submitted) {
    List<ConnectionRequest> parts =
        requests.findAllById(submitted.requestIds()).stream()
            .sorted(Comparator.comparing(r -> r.orderPart().orElseThrow().part()))
            .toList();
    ConnectionRequest first = parts.getFirst();
    Locale locale =
        first
            .createdByCustomerId()
            .flatMap(customers::findById)
            .map(CustomerUser::locale)
            .orElse(RUSSIAN);
    var described = new StringBuilder();
    for (ConnectionRequest part : parts) {
      described.append(
          text(
              "mail.order.part",
              locale,
              part.number().orElseThrow(),
              part.getBranch().name().in(locale),
              lines.of(part, locale),
              part.monthlyTotal().format(locale),
              part.oneTimeTotal().format(locale),
              portalUrl + "/my-requests/" + part.getId()));
    }
    String numbers =
        parts.stream().map(r -> r.number().orElseThrow()).collect(Collectors.joining(", "));
    outbox.enqueue(
        first.contact().email(),
        text("mail.order.submitted.subject", locale, submitted.orderNumber(), numbers),
        text(
            "mail.order.submitted.body",
            locale,
            first.contact().name(),
            submitted.orderNumber(),
            parts.size(),
            described.toString(),
            sum(parts, ConnectionRequest::monthlyTotal).format(locale),
            sum(parts, ConnectionRequest::oneTimeTotal).format(locale),
            sum(parts, OrderedLines::saving).format(locale),
            portalUrl + "/my-orders/" + submitted.orderNumber()));
  }

  private static Money sum(
      List<ConnectionRequest> parts, java.util.function.Function<ConnectionRequest, Money> amount) {
    return parts.stream().map(amount).reduce(Money.ZERO, Money::plus);
  }

  private String text(String key, Locale locale, Object... args) {
    return messages.getMessage(key, args, locale);
  }
}
