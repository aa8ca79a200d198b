package com.onewindow.portal.request.ui;

import com.onewindow.shared.request.RequestStatus;
import com.vaadin.flow.component.html.Span;

/** A request's status as a coloured badge: open, done, stopped. */
class StatusBadge extends Span {

  StatusBadge(RequestStatus status) {
    setText(getTranslation("status." + status));
    getElement().getThemeList().add("badge");
    switch (status) {
      case ACTIVATED -> getElement().getThemeList().add("success");
      case CANCELLED, REJECTED -> getElement().getThemeList().add("error");
      case ON_HOLD -> getElement().getThemeList().add("warning");
      case DRAFT -> getElement().getThemeList().add("contrast");
      default -> {}
    }
  }
}
