package com.onewindow.shared.notification;

import com.onewindow.shared.account.CustomerUser;
import com.onewindow.shared.account.CustomerUsers;
import com.onewindow.shared.request.ConnectionRequest;
import com.onewindow.shared.request.ConnectionRequests;
import com.onewindow.shared.request.RequestEventType;
import com.onewindow.shared.request.RequestStatus;
import com.onewindow.shared.request.RequestStatusChanged;
import java.util.Locale;
import java.util.Objects;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells the customer of every change of their request's status (P8): the submission as a
 * confirmation with the number and the prices (for a part of an order split by branch, see {@link
 * OrderMails}), every later step with its news, naming the order a part belongs to. The mail goes
 * to the request's contact, in the language of the customer user who made the request (Russian
 * otherwise), queued in the outbox inside the transaction of the change.
 */
@Component
class RequestStatusMails {

  private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

  private final ConnectionRequests requests;
  private final CustomerUsers customers;
  private final Outbox outbox;
  private final MessageSource messages;
  private final String portalUrl;
  private final OrderedLines lines;

  RequestStatusMails(
      ConnectionRequests requests,
      CustomerUsers customers,
      Outbox outbox,
      MessageSource messages,
      @Value("${onewindow.portal.base-url:http://localhost:8080}") String portalUrl) {
    this.requests = requests;
    this.customers = customers;
    this.outbox = outbox;
    this.messages = messages;
    this.portalUrl = portalUrl.replaceAll("/$", "");
    this.lines = new OrderedLines(messages);
  }

  @EventListener
  void on(RequestStatusChanged change) {
    if (change.requestId() == null || change.to() == RequestStatus.DRAFT) {
      return;
    }
    ConnectionRequest request = requests.findById(change.requestId()).orElseThrow();
    if (change.to() == RequestStatus.SUBMITTED && request.orderPart().isPresent()) {
      return; // a part of an order: the order's confirmation tells of all its parts at once
    }
    Locale locale =
        request
            .createdByCustomerId()
            .flatMap(customers::findById)
            .map(CustomerUser::locale)
            .orElse(RUSSIAN);
    String number = Objects.requireNonNullElse(request.number().orElse(null), "");
    String link = portalUrl + "/my-requests/" + request.getId();
    String subject;
    String body;
    if (change.to() == RequestStatus.SUBMITTED) {
      subject = text("mail.request.submitted.subject", locale, number);
      body =
          text(
              "mail.request.submitted.body",
              locale,
              request.contact().name(),
              number,
              lines.of(request, locale),
              request.monthlyTotal().format(locale),
              request.oneTimeTotal().format(locale),
              OrderedLines.saving(request).format(locale),
              link);
    } else {
      String status = text("status." + change.to(), locale);
      String news = news(request, locale);
      subject = text("mail.request.status.subject", locale, number, status);
      body =
          text(
              "mail.request.status.body",
              locale,
              request.contact().name(),
              request
                  .orderPart()
                  .map(
                      part ->
                          text(
                              "mail.request.partOfOrder",
                              locale,
                              number,
                              part.part(),
                              part.parts(),
                              part.orderNumber()))
                  .orElse(number),
              status,
              news.isEmpty() ? "" : news + "\n\n",
              link);
    }
    outbox.enqueue(request.contact().email(), subject, body);
  }

  /**
   * What the step says besides the status: the visit it booked, a rejection's reason and
   * explanation, what a hold waits for from the customer, a cancellation's reason.
   */
  private String news(ConnectionRequest request, Locale locale) {
    var events = request.getEvents();
    if (events.isEmpty()) {
      return "";
    }
    var last = events.getLast();
    if (last.visit().isPresent()) {
      return last.visit()
          .get()
          .describe((key, args) -> text(key, locale, args), locale, request.getBranch().zone());
    }
    var said = Objects.requireNonNullElse(last.customerText(), "");
    if (last.rejectReason().isPresent()) {
      String reason = text("rejectReason." + last.rejectReason().get(), locale);
      return text("mail.request.news.rejected", locale, reason, said).strip();
    }
    if (last.getType() == RequestEventType.PUT_ON_HOLD && !said.isEmpty()) {
      return text("mail.request.news.awaited", locale, said);
    }
    return said;
  }

  private String text(String key, Locale locale, Object... args) {
    return messages.getMessage(key, args, locale);
  }
}
