package com.onewindow.shared.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.onewindow.shared.SharedTestApplication;
import com.onewindow.shared.request.Channel;
import com.onewindow.shared.request.RequestWorkflowService;
import com.onewindow.shared.testing.SignedIn;
import com.onewindow.shared.testing.TestDatabase;
import com.onewindow.shared.testing.TestRequests;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/** A message to the customer reaches their mailbox through the outbox; an internal note never. */
@SpringBootTest(classes = SharedTestApplication.class)
@TestDatabase
class RequestMessageMailIT {

  @Autowired RequestWorkflowService workflow;
  @Autowired OutboxDispatcher dispatcher;
  @Autowired ApplicationContext context;
  @Autowired JdbcTemplate jdbc;

  @Autowired
  @Qualifier("staffUserDetailsService")
  UserDetailsService staffUsers;

  GreenMail smtp = new GreenMail(ServerSetupTest.SMTP);

  @AfterEach
  void stopMailServer() {
    smtp.stop();
  }

  /** The requests made here queue status mails; the shared context's other tests count mails. */
  @AfterEach
  void emptyTheOutbox() {
    jdbc.update("delete from outbox_message");
  }

  @Test
  void a_customer_visible_message_is_mailed_to_the_contact_in_russian_and_a_note_is_not()
      throws Exception {
    smtp.start();
    String email = "contact-" + System.nanoTime() + "@client.example";
    var made = new TestRequests(context).submitted("SAR", Channel.ONLINE, email);

    new SignedIn(staffUsers)
        .run(
            "tech.saratov",
            () -> {
              workflow.addInternalNote(made.id(), "Только для своих");
              workflow.postMessage(made.id(), "Пришлите, пожалуйста, схему помещения");
            });
    dispatcher.dispatchDue();

    // the contact also gets the status mails (RequestStatusMails); this test reads the message
    MimeMessage[] messages =
        Arrays.stream(smtp.getReceivedMessages())
            .filter(m -> recipient(m).equals(email))
            .filter(m -> subject(m).equals("Сообщение по заявке " + made.number()))
            .toArray(MimeMessage[]::new);
    assertThat(messages).hasSize(1);
    assertThat(messages[0].getContent())
        .asString()
        .contains("Пришлите, пожалуйста, схему помещения")
        .contains("Жуков Павел Сергеевич")
        .doesNotContain("Только для своих");
  }

  private static String subject(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String recipient(MimeMessage message) {
    try {
      return message.getAllRecipients()[0].toString();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}
