package com.onewindow.shared.account;

import com.onewindow.shared.notification.Outbox;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The mails of the account lifecycle, in the user's language, queued in the outbox. */
@Component
class AccountMails {

  private final Outbox outbox;
  private final MessageSource messages;
  private final String portalUrl;

  AccountMails(
      Outbox outbox,
      MessageSource messages,
      @Value("${onewindow.portal.base-url:http://localhost:8080}") String portalUrl) {
    this.outbox = outbox;
    this.messages = messages;
    this.portalUrl =
        portalUrl.endsWith("/") ? portalUrl.substring(0, portalUrl.length() - 1) : portalUrl;
  }

  void confirmEmail(CustomerUser user, String token) {
    send(
        user.getEmail(), user.locale(), "mail.confirm", user.getFullName(), link("confirm", token));
  }

  void resetPassword(CustomerUser user, String token) {
    send(
        user.getEmail(),
        user.locale(),
        "mail.reset",
        user.getFullName(),
        link("reset-password", token));
  }

  void invitation(String email, String companyName, String inviter, String token, Locale locale) {
    send(email, locale, "mail.invite", companyName, link("invitation", token), inviter);
  }

  void membershipRequested(CustomerUser admin, CustomerUser applicant) {
    send(
        admin.getEmail(),
        admin.locale(),
        "mail.membership",
        applicant.getFullName(),
        applicant.getEmail(),
        portalUrl + "/my-company/users");
  }

  private String link(String route, String token) {
    return portalUrl + "/" + route + "?token=" + token;
  }

  private void send(String to, Locale locale, String key, Object... args) {
    outbox.enqueue(
        to,
        messages.getMessage(key + ".subject", args, locale),
        messages.getMessage(key + ".body", args, locale));
  }
}
