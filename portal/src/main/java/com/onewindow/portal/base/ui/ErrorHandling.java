package com.onewindow.portal.base.ui;

import com.onewindow.shared.common.UserFacingError;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * No stack trace ever reaches a user: they read what went wrong in their language (see {@link
 * UserFacingError}), the log keeps the details, and what they typed stays where it was.
 */
@Component
class ErrorHandling implements VaadinServiceInitListener {

  private static final Logger log = LoggerFactory.getLogger(ErrorHandling.class);

  @Override
  public void serviceInit(ServiceInitEvent event) {
    event.getSource().addSessionInitListener(e -> e.getSession().setErrorHandler(this::handle));
  }

  private void handle(ErrorEvent event) {
    var error = UserFacingError.of(event.getThrowable());
    if (error.unexpected()) {
      log.error("Unexpected error in a view", event.getThrowable());
    }
    UI ui = UI.getCurrent();
    if (ui != null) {
      String message = ui.getTranslation(error.messageKey(), error.arguments());
      ui.access(
          () ->
              Notification.show(message, 6000, Notification.Position.TOP_CENTER)
                  .addThemeVariants(NotificationVariant.LUMO_ERROR));
    }
  }
}
