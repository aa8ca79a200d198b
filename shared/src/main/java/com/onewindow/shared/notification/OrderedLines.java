package com.onewindow.shared.notification;

import com.onewindow.shared.common.Money;
import com.onewindow.shared.request.ConnectionRequest;
import com.onewindow.shared.request.RequestLine;
import java.util.Locale;
import java.util.Objects;
import org.springframework.context.MessageSource;

/** What a request orders, as a confirmation mail lists it: one line per site and item. */
final class OrderedLines {

  private final MessageSource messages;

  OrderedLines(MessageSource messages) {
    this.messages = messages;
  }

  String of(ConnectionRequest request, Locale locale) {
    var out = new StringBuilder();
    for (RequestLine line : request.getLines()) {
      String item =
          line.getBundle() != null
              ? line.getBundle().name().in(locale)
              : Objects.requireNonNull(line.getProduct()).name().in(locale)
                  + (line.getOption() == null ? "" : " — " + line.getOption().name().in(locale));
      out.append("• ")
          .append(line.getSite().getAddress().oneLine())
          .append(": ")
          .append(item)
          .append(" — ")
          .append(
              messages.getMessage(
                  "mail.request.linePrice",
                  new Object[] {
                    line.monthlyPrice().format(locale), line.oneTimePrice().format(locale)
                  },
                  locale))
          .append('\n');
    }
    return out.toString();
  }

  /** What the bundles ordered save a month against their parts bought alone. */
  static Money saving(ConnectionRequest request) {
    return request.getLines().stream()
        .filter(l -> l.getBundle() != null)
        .map(l -> l.getBundle().monthlySaving())
        .reduce(Money.ZERO, Money::plus);
  }
}
