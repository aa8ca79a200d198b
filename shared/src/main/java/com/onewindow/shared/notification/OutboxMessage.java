package com.onewindow.shared.notification;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A mail waiting to go out. It is written in the same transaction as the change that causes it, and
 * stays PENDING, retried with a growing pause, until the mail server takes it.
 */
@Entity
public class OutboxMessage {

  static final Duration FIRST_RETRY = Duration.ofSeconds(10);
  static final Duration LONGEST_RETRY = Duration.ofMinutes(15);

  enum Status {
    PENDING,
    SENT
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String recipient;
  private String subject;
  private String body;

  @Enumerated(EnumType.STRING)
  private Status status;

  private int attempts;
  private Instant nextAttemptAt;
  private @Nullable String lastError;
  private Instant createdAt;
  private @Nullable Instant sentAt;

  @Version private long version;

  protected OutboxMessage() {}

  OutboxMessage(String recipient, String subject, String body, Instant now) {
    this.recipient = recipient;
    this.subject = subject;
    this.body = body;
    this.status = Status.PENDING;
    this.nextAttemptAt = now;
    this.createdAt = now;
  }

  void markSent(Instant now) {
    this.status = Status.SENT;
    this.attempts++;
    this.sentAt = now;
    this.lastError = null;
  }

  /** The server did not take it: try again later, waiting twice as long each time up to a cap. */
  void markFailed(String error, Instant now) {
    this.attempts++;
    this.lastError = error.length() > 1000 ? error.substring(0, 1000) : error;
    long factor = 1L << Math.min(attempts - 1, 10);
    Duration pause = FIRST_RETRY.multipliedBy(factor);
    this.nextAttemptAt = now.plus(pause.compareTo(LONGEST_RETRY) > 0 ? LONGEST_RETRY : pause);
  }

  public Long getId() {
    return id;
  }

  public String getRecipient() {
    return recipient;
  }

  public String getSubject() {
    return subject;
  }

  public String getBody() {
    return body;
  }

  public boolean isSent() {
    return status == Status.SENT;
  }

  public int getAttempts() {
    return attempts;
  }

  public Instant getNextAttemptAt() {
    return nextAttemptAt;
  }

  public @Nullable String getLastError() {
    return lastError;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public @Nullable Instant getSentAt() {
    return sentAt;
  }
}
