package com.onewindow.shared.notification;

import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Puts mails in the outbox, inside the caller's transaction, so that none is lost. */
@Service
public class Outbox {

  private final OutboxMessages messages;
  private final Clock clock;

  Outbox(OutboxMessages messages, Clock clock) {
    this.messages = messages;
    this.clock = clock;
  }

  /**
   * Queues a plain-text mail. It must run inside the transaction of the change it tells about: the
   * mail is queued exactly when that change commits.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public long enqueue(String recipient, String subject, String body) {
    return messages.save(new OutboxMessage(recipient, subject, body, clock.instant())).getId();
  }

  /** How many mails still wait for the mail server. */
  @Transactional(readOnly = true)
  public long pendingCount() {
    return messages.countByStatus(OutboxMessage.Status.PENDING);
  }
}
