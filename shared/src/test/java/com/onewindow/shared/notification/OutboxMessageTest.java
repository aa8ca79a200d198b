package com.onewindow.shared.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A mail is retried after 10 s, 20 s, 40 s … at most 15 minutes apart, until the server takes it.
 */
class OutboxMessageTest {

  private static final Instant NOW = Instant.parse("2026-03-02T07:00:00Z");

  private static OutboxMessage aMessage() {
    return new OutboxMessage("olga@client.test", "Request 2026-0000042", "Submitted.", NOW);
  }

  @Test
  void new_message_is_pending_and_due_at_once() {
    var message = aMessage();

    assertThat(message.isSent()).isFalse();
    assertThat(message.getNextAttemptAt()).isEqualTo(NOW);
  }

  @ParameterizedTest(name = "failure {0} waits {1} s")
  @CsvSource({
    "1, 10", "2, 20", "3, 40", "4, 80", "5, 160", "6, 320", "7, 640", "8, 900", "9, 900", "11, 900",
    "12, 900", "64, 900"
  })
  void each_failure_waits_twice_as_long_as_the_last_but_at_most_fifteen_minutes(
      int failures, long seconds) {
    var message = aMessage();
    var attemptAt = NOW;
    for (int i = 1; i < failures; i++) {
      message.markFailed("421 try later", attemptAt);
      attemptAt = message.getNextAttemptAt();
    }

    message.markFailed("421 try later", attemptAt);

    assertThat(message.getNextAttemptAt()).isEqualTo(attemptAt.plus(Duration.ofSeconds(seconds)));
  }

  @Test
  void failed_message_stays_pending() {
    var message = aMessage();

    message.markFailed("421 try later", NOW);

    assertThat(message.isSent()).isFalse();
  }

  @Test
  void each_failure_counts_as_an_attempt() {
    var message = aMessage();

    message.markFailed("421 try later", NOW);
    message.markFailed("421 try later", NOW.plusSeconds(10));

    assertThat(message.getAttempts()).isEqualTo(2);
  }

  @Test
  void failure_keeps_the_servers_error() {
    var message = aMessage();

    message.markFailed("550 mailbox unavailable", NOW);

    assertThat(message.getLastError()).isEqualTo("550 mailbox unavailable");
  }

  @Test
  void long_error_is_cut_to_its_first_thousand_characters() {
    var message = aMessage();
    var error = "a".repeat(999) + "b" + "c".repeat(500);

    message.markFailed(error, NOW);

    assertThat(message.getLastError()).hasSize(1000).isEqualTo(error.substring(0, 1000));
  }

  @Test
  void error_of_exactly_a_thousand_characters_is_kept_whole() {
    var message = aMessage();
    var error = "x".repeat(1000);

    message.markFailed(error, NOW);

    assertThat(message.getLastError()).isEqualTo(error);
  }

  @Test
  void sent_message_is_sent_at_the_time_the_server_took_it() {
    var message = aMessage();

    message.markSent(NOW.plusSeconds(5));

    assertThat(message.isSent()).isTrue();
    assertThat(message.getSentAt()).isEqualTo(NOW.plusSeconds(5));
  }

  @Test
  void sending_counts_as_an_attempt_too() {
    var message = aMessage();
    message.markFailed("421 try later", NOW);

    message.markSent(NOW.plusSeconds(10));

    assertThat(message.getAttempts()).isEqualTo(2);
  }

  @Test
  void sending_after_a_failure_forgets_the_error() {
    var message = aMessage();
    message.markFailed("421 try later", NOW);

    message.markSent(NOW.plusSeconds(10));

    assertThat(message.getLastError()).isNull();
  }
}
