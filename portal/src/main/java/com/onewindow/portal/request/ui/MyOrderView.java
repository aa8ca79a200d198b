package com.onewindow.portal.request.ui;

import com.onewindow.shared.request.CustomerOrderDetail;
import com.onewindow.shared.request.CustomerRequestDetail;
import com.onewindow.shared.request.CustomerRequestService;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;

/**
 * An order of the customer's company whose sites several branches serve (P5): one request per
 * branch, each with its sites, prices and status, and the order's totals. Where the wizard ends for
 * such an order; another company's order reads as "not found".
 */
@Route("my-orders/:number")
@RolesAllowed("CUSTOMER")
public class MyOrderView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

  private final CustomerRequestService requests;
  private String title = "";

  public MyOrderView(CustomerRequestService requests) {
    this.requests = requests;
    setMaxWidth("60rem");
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    show(requests.myOrder(event.getRouteParameters().get("number").orElse("")));
  }

  private void show(CustomerOrderDetail order) {
    removeAll();
    Locale locale = getLocale();
    title = getTranslation("request.order.heading", order.number());
    add(new H1(title));
    add(
        new Paragraph(
            getTranslation("request.order.split", order.requests().size())
                + " "
                + getTranslation("request.order.why")));
    for (CustomerRequestDetail request : order.requests()) {
      add(part(request, locale));
    }
    add(
        new Paragraph(
            getTranslation(
                "request.order.totals",
                order.monthly().format(locale),
                order.oneTime().format(locale))));
    add(new RouterLink(getTranslation("nav.myRequests"), MyRequestsView.class));
  }

  private Div part(CustomerRequestDetail request, Locale locale) {
    var heading =
        new H2(
            getTranslation(
                "request.order.part", request.number(), request.branchName().in(locale)));
    var header = new HorizontalLayout(heading, new StatusBadge(request.status()));
    header.setAlignItems(Alignment.CENTER);
    var part = new Div(header);
    part.addClassName("order-part");
    part.getElement().setAttribute("role", "region");
    part.getElement().setAttribute("aria-label", heading.getText());
    for (var line : request.lines()) {
      part.add(
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
    part.add(
        new Paragraph(
            getTranslation(
                "request.totals",
                request.monthly().format(locale),
                request.oneTime().format(locale))));
    part.add(
        new RouterLink(
            getTranslation("request.order.openRequest", request.number()),
            RequestDetailView.class,
            new RouteParameters("id", String.valueOf(request.id()))));
    return part;
  }

  @Override
  public String getPageTitle() {
    return title;
  }
}
