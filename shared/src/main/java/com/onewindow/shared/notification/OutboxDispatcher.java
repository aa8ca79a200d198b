package com.onewindow.shared.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Limit;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the due mails of the outbox. Runs every few seconds in every instance of either app, but
 * the lock lets only one instance at a time send, so no mail goes out twice from a race.
 */
@Component
public class OutboxDispatcher {

  private static final Logger log = LoggerFactory.getLogger(OutboxDispatcher.class);
  private static final int BATCH = 50;

  private final OutboxMessages messages;
  private final JavaMailSender mailSender;
  private final TransactionTemplate transactions;
  private final Clock clock;
  private final String from;

  OutboxDispatcher(
      OutboxMessages messages,
      JavaMailSender mailSender,
      TransactionTemplate transactions,
      Clock clock,
      @Value("${onewindow.mail.from}") String from) {
    this.messages = messages;
    this.mailSender = mailSender;
    this.transactions = transactions;
    this.clock = clock;
    this.from = from;
  }

  @Scheduled(
      fixedDelayString = "${onewindow.mail.dispatch-interval:PT5S}",
      initialDelayString = "${onewindow.mail.dispatch-initial-delay:PT10S}")
  @SchedulerLock(name = "outbox-dispatch", lockAtMostFor = "PT5M")
  public void dispatchOnSchedule() {
    dispatchDue();
  }

  /** Sends every mail that is due now; returns how many the server took. */
  public int dispatchDue() {
    int sent = 0;
    for (Long id : messages.findDueIds(clock.instant(), Limit.of(BATCH))) {
      Boolean ok = transactions.execute(status -> sendOne(id));
      if (Boolean.TRUE.equals(ok)) {
        sent++;
      }
    }
    return sent;
  }

  private boolean sendOne(Long id) {
    OutboxMessage message = messages.findById(id).orElseThrow();
    if (message.isSent()) {
      return false;
    }
    try {
      mailSender.send(toMime(message));
      message.markSent(clock.instant());
      return true;
    } catch (MailException | MessagingException e) {
      log.warn(
          "Mail {} to {} not sent (attempt {}): {}",
          id,
          message.getRecipient(),
          message.getAttempts() + 1,
          e.getMessage());
      message.markFailed(String.valueOf(e.getMessage()), clock.instant());
      return false;
    }
  }

  private MimeMessage toMime(OutboxMessage message) throws MessagingException {
    MimeMessage mime = mailSender.createMimeMessage();
    var helper = new MimeMessageHelper(mime, StandardCharsets.UTF_8.name());
    helper.setFrom(new InternetAddress(from));
    helper.setTo(message.getRecipient());
    helper.setSubject(message.getSubject());
    helper.setText(message.getBody(), false);
    return mime;
  }
}
