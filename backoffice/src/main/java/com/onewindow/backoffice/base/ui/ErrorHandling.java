package com.onewindow.backoffice.base.ui;

import com.onewindow.shared.common.BusinessRuleViolation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/**
 * No stack trace ever reaches a user: a refused business rule is told in the user's words, a lost
 * race is told as such, and anything else gets a short apology while the log keeps the details.
 * What the user typed stays where it was.
 */
@Component
class ErrorHandling implements VaadinServiceInitListener {

  private static final Logger log = LoggerFactory.getLogger(ErrorHandling.class);

  @Override
  public void serviceInit(ServiceInitEvent event) {
    event.getSource().addSessionInitListener(e -> e.getSession().setErrorHandler(this::handle));
  }

  private void handle(ErrorEvent event) {
    Throwable cause = rootOf(event.getThrowable());
    UI ui = UI.getCurrent();
    if (ui == null) {
      log.error("Error outside of a UI", event.getThrowable());
      return;
    }
    String message;
    if (cause instanceof BusinessRuleViolation violation) {
      message = ui.getTranslation(violation.messageKey(), violation.arguments());
    } else if (cause instanceof OptimisticLockingFailureException) {
      message = ui.getTranslation("error.concurrentChange");
    } else {
      log.error("Unexpected error in a view", event.getThrowable());
      message = ui.getTranslation("error.unexpected");
    }
    ui.access(() -> show(message));
  }

  private static void show(String message) {
    var notification = Notification.show(message, 6000, Notification.Position.TOP_CENTER);
    notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
  }

  private static Throwable rootOf(Throwable throwable) {
    Throwable current = throwable;
    while (!(current instanceof BusinessRuleViolation)
        && !(current instanceof OptimisticLockingFailureException)
        && current.getCause() != null
        && current.getCause() != current) {
      current = current.getCause();
    }
    return current;
  }
}
