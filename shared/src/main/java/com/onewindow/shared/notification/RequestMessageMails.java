package com.onewindow.shared.notification;

import com.onewindow.shared.account.CustomerUser;
import com.onewindow.shared.account.CustomerUsers;
import com.onewindow.shared.request.CustomerMessagePosted;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Mails a customer-visible message from staff to the request's contact (B4), through the outbox in
 * the saving transaction. In the language of the customer user who created the request, else
 * Russian (requests made by staff for a customer have no such user).
 */
@Component
class RequestMessageMails {

  private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

  private final Outbox outbox;
  private final CustomerUsers customers;
  private final MessageSource messages;

  RequestMessageMails(Outbox outbox, CustomerUsers customers, MessageSource messages) {
    this.outbox = outbox;
    this.customers = customers;
    this.messages = messages;
  }

  @EventListener
  void on(CustomerMessagePosted posted) {
    Locale locale =
        posted.createdByCustomerId() == null
            ? RUSSIAN
            : customers
                .findById(posted.createdByCustomerId())
                .map(CustomerUser::locale)
                .orElse(RUSSIAN);
    String number = posted.number() == null ? "" : posted.number();
    outbox.enqueue(
        posted.contactEmail(),
        messages.getMessage("mail.requestMessage.subject", new Object[] {number}, locale),
        messages.getMessage(
            "mail.requestMessage.body",
            new Object[] {number, posted.authorName(), posted.text()},
            locale));
  }
}
