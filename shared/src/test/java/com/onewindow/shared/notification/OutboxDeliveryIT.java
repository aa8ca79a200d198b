package com.onewindow.shared.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.onewindow.shared.SharedTestApplication;
import com.onewindow.shared.testing.MutableClock;
import com.onewindow.shared.testing.TestDatabase;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

/** Mails go through the outbox to a real SMTP server (GreenMail), and survive its absence. */
@SpringBootTest(classes = SharedTestApplication.class)
@TestDatabase
class OutboxDeliveryIT {

  @Autowired Outbox outbox;
  @Autowired OutboxDispatcher dispatcher;
  @Autowired OutboxMessages messages;
  @Autowired TransactionTemplate transactions;
  @Autowired MutableClock clock;

  GreenMail smtp = new GreenMail(ServerSetupTest.SMTP);

  @AfterEach
  void stopMailServer() {
    smtp.stop();
    messages.deleteAll();
  }

  @Test
  void a_queued_mail_is_delivered_with_its_russian_text_intact() throws Exception {
    smtp.start();
    long id = enqueue("olga@volga-hotel.example", "Заявка 2026-0000042 принята", "Здравствуйте!");

    assertThat(dispatcher.dispatchDue()).isEqualTo(1);

    MimeMessage[] received = smtp.getReceivedMessages();
    assertThat(received).hasSize(1);
    assertThat(received[0].getSubject()).isEqualTo("Заявка 2026-0000042 принята");
    assertThat(received[0].getContent()).asString().contains("Здравствуйте");
    assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo("olga@volga-hotel.example");
    assertThat(messages.findById(id)).get().satisfies(m -> assertThat(m.isSent()).isTrue());
  }

  @Test
  void a_mail_waits_in_the_outbox_while_the_server_is_down_and_goes_out_when_it_returns()
      throws Exception {
    long id = enqueue("ivan@ural-trade.example", "Статус заявки изменён", "Монтаж назначен.");

    assertThat(dispatcher.dispatchDue()).isZero();
    OutboxMessage waiting = messages.findById(id).orElseThrow();
    assertThat(waiting.isSent()).isFalse();
    assertThat(waiting.getAttempts()).isEqualTo(1);
    assertThat(waiting.getLastError()).isNotBlank();

    smtp.start();
    assertThat(dispatcher.dispatchDue()).as("not due again before its pause").isZero();
    clock.advance(Duration.ofSeconds(11));
    assertThat(dispatcher.dispatchDue()).isEqualTo(1);

    assertThat(smtp.getReceivedMessages()).hasSize(1);
    assertThat(messages.findById(id).orElseThrow().isSent()).isTrue();
    assertThat(dispatcher.dispatchDue()).as("a sent mail is not sent twice").isZero();
    assertThat(smtp.getReceivedMessages()).hasSize(1);
  }

  @Test
  void a_mail_can_only_be_queued_inside_the_transaction_of_its_cause() {
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> outbox.enqueue("a@b.example", "s", "b"))
        .isInstanceOf(IllegalTransactionStateException.class);
  }

  private long enqueue(String to, String subject, String body) {
    Long id = transactions.execute(status -> outbox.enqueue(to, subject, body));
    return id;
  }
}
