package com.onewindow.backoffice.base.ui;

import com.onewindow.backoffice.queue.ui.RequestQueueView;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/**
 * What a user sees for an address that does not exist or that they may not open: the same page for
 * both, so that a typed-in id tells nothing about other people's data.
 */
@AnonymousAllowed
public class NotFoundView extends VerticalLayout implements HasErrorParameter<NotFoundException> {

  @Override
  public int setErrorParameter(
      BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
    removeAll();
    add(
        new H1(getTranslation("notFound.heading")),
        new Paragraph(getTranslation("notFound.text")),
        new RouterLink(getTranslation("notFound.home"), RequestQueueView.class));
    return HttpServletResponse.SC_NOT_FOUND;
  }
}
