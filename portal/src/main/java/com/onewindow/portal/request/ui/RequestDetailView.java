package com.onewindow.portal.request.ui;

import com.onewindow.shared.common.NotFoundException;
import com.onewindow.shared.request.CustomerRequestDetail;
import com.onewindow.shared.request.CustomerRequestService;
import com.onewindow.shared.request.RequestEvent;
import com.onewindow.shared.request.RequestEventType;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * One request of the customer's company (P5): the order it is a part of when several branches serve
 * that order, what was ordered, the customer-visible timeline, the message thread with staff, and
 * cancel while not yet scheduled. Another company's id reads as "not found".
 */
@Route("my-requests/:id")
@RolesAllowed("CUSTOMER")
public class RequestDetailView extends VerticalLayout
    implements BeforeEnterObserver, HasDynamicTitle {

  private final CustomerRequestService requests;
  private String title = "";

  public RequestDetailView(CustomerRequestService requests) {
    this.requests = requests;
    setMaxWidth("60rem");
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    long id;
    try {
      id = Long.parseLong(event.getRouteParameters().get("id").orElse(""));
    } catch (NumberFormatException e) {
      throw new NotFoundException("request", event.getRouteParameters().get("id").orElse(""));
    }
    show(requests.myRequest(id));
  }

  private void show(CustomerRequestDetail request) {
    removeAll();
    Locale locale = getLocale();
    var dateTime =
        DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
            .withLocale(locale)
            .withZone(request.zone());
    var date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
    title =
        getTranslation(
            "request.heading",
            request.number() == null ? getTranslation("request.draft") : request.number());
    var header = new HorizontalLayout(new H1(title), new StatusBadge(request.status()));
    header.setAlignItems(Alignment.CENTER);
    add(header);
    add(
        new Paragraph(
            getTranslation("request.branch")
                + ": "
                + request.branchName().in(locale)
                + (request.submittedAt() == null
                    ? ""
                    : " · "
                        + getTranslation("request.submitted")
                        + ": "
                        + dateTime.format(request.submittedAt()))
                + (request.desiredDate() == null
                    ? ""
                    : " · "
                        + getTranslation("wizard.desiredDate")
                        + ": "
                        + date.format(request.desiredDate()))
                + (request.visit() == null
                    ? ""
                    : " · "
                        + getTranslation("request.installDate")
                        + ": "
                        + request.visit().describe(this::getTranslation, locale, request.zone()))));
    if (request.order() != null) {
      add(new OrderBox(request.order(), request.id()));
    }
    add(new H2(getTranslation("request.ordered")));
    for (var line : request.lines()) {
      add(
          new Paragraph(
              line.site()
                  + ": "
                  + line.item().in(locale)
                  + " — "
                  + getTranslation(
                      "request.linePrice",
                      line.monthly().format(locale),
                      line.oneTime().format(locale))));
    }
    add(
        new Paragraph(
            getTranslation(
                "request.totals",
                request.monthly().format(locale),
                request.oneTime().format(locale))));
    if (request.comment() != null) {
      add(comment(request.comment()));
    }
    add(new H2(getTranslation("request.timeline")));
    var timeline = new Div();
    timeline.addClassName("timeline");
    timeline.getElement().setAttribute("aria-label", getTranslation("request.timeline"));
    var words = new CustomerTimelineFormat(this::getTranslation);
    for (var entry : request.timeline()) {
      var item = new Div();
      item.addClassName(entry.type() == RequestEventType.MESSAGE ? "message" : "step");
      if (entry.byCustomer() && entry.type() == RequestEventType.MESSAGE) {
        item.addClassName("mine");
      }
      var when = new Span(dateTime.format(entry.at()));
      when.addClassName("when");
      String what =
          entry.type() == RequestEventType.MESSAGE
              ? getTranslation("request.messageFrom", entry.author())
              : getTranslation("event." + entry.type());
      item.add(when, new Span(what));
      if (entry.type() == RequestEventType.SUBMITTED && request.order() != null) {
        var order = request.order();
        item.add(
            new Paragraph(
                getTranslation(
                    "request.partOfOrder",
                    order.partOf(request.id()).part(),
                    order.count(),
                    order.number())));
      }
      if (entry.visit() != null) {
        item.add(
            new Paragraph(entry.visit().describe(this::getTranslation, locale, request.zone())));
      }
      for (String line : words.lines(entry)) {
        item.add(new Paragraph(line));
      }
      timeline.add(item);
    }
    add(timeline);
    var message = new TextArea(getTranslation("request.writeMessage"));
    message.setWidthFull();
    message.setMaxLength(RequestEvent.TEXT_MAX);
    var send = new Button(getTranslation("request.send"));
    send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    send.addClickListener(
        e -> {
          if (message.getValue().isBlank()) {
            message.setErrorMessage(getTranslation("request.error.messageEmpty"));
            message.setInvalid(true);
            return;
          }
          show(requests.writeMessage(request.id(), message.getValue()));
        });
    add(message, send);
    if (request.cancellable()) {
      var cancel = new Button(getTranslation("request.cancel"));
      cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
      cancel.addClickListener(e -> confirmCancel(request));
      add(cancel);
    }
  }

  /** What the customer wrote in the wizard, under its own heading, with their line breaks. */
  private Div comment(String text) {
    var heading = new H2(getTranslation("request.comment"));
    heading.setId("request-comment-heading");
    var body = new Paragraph(text);
    body.addClassName("customer-comment");
    body.getElement().setAttribute("aria-labelledby", "request-comment-heading");
    return new Div(heading, body);
  }

  private void confirmCancel(CustomerRequestDetail request) {
    var dialog = new Dialog();
    dialog.setHeaderTitle(getTranslation("request.cancelTitle"));
    var reason = new TextArea(getTranslation("request.cancelReason"));
    reason.setWidth("30rem");
    var confirm = new Button(getTranslation("request.cancelConfirm"));
    confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
    confirm.addClickListener(
        e -> {
          if (reason.getValue().isBlank()) {
            reason.setErrorMessage(getTranslation("request.error.reasonRequired"));
            reason.setInvalid(true);
            return;
          }
          show(requests.cancel(request.id(), reason.getValue()));
          dialog.close();
        });
    var keep = new Button(getTranslation("request.keep"), e -> dialog.close());
    dialog.add(reason);
    dialog.getFooter().add(keep, confirm);
    dialog.open();
  }

  @Override
  public String getPageTitle() {
    return title;
  }
}
