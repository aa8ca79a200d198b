package com.onewindow.backoffice.base.ui;

import com.onewindow.backoffice.queue.ui.RequestQueueView;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.RouterLink;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The one not-found page, whichever way the user got there: an address that does not exist, or a
 * record that does not exist or that they may not open. The same words for all, so that a typed-in
 * id tells nothing about other people's data. Nothing is logged: it is no error of the app's.
 */
abstract class NotFoundPage extends VerticalLayout implements HasDynamicTitle {

  NotFoundPage() {
    addClassName("not-found");
  }

  /** Shows the page and returns the HTTP status to answer with. */
  int show() {
    removeAll();
    add(
        new H1(getTranslation("notFound.heading")),
        new Paragraph(getTranslation("notFound.text")),
        new RouterLink(getTranslation("notFound.home"), RequestQueueView.class));
    return HttpServletResponse.SC_NOT_FOUND;
  }

  @Override
  public String getPageTitle() {
    return getTranslation("notFound.heading");
  }
}
