package com.onewindow.portal.request.ui;

import com.onewindow.shared.request.OrderOverview;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

/**
 * On a request's page, the order it is a part of: which part it is, every request of the order with
 * its branch and status, each a link, and a link to the whole order.
 */
class OrderBox extends Div {

  OrderBox(OrderOverview order, long requestId) {
    addClassName("order-box");
    getElement()
        .setAttribute("aria-label", getTranslation("request.order.heading", order.number()));
    var part = order.partOf(requestId);
    add(
        new Paragraph(
            getTranslation("request.partOfOrder", part.part(), order.count(), order.number())
                + " "
                + getTranslation("request.order.why")));
    var list = new UnorderedList();
    for (var sibling : order.parts()) {
      String label =
          getTranslation(
              "request.order.part", sibling.number(), sibling.branchName().in(getLocale()));
      var item = new ListItem();
      if (sibling.id() == requestId) {
        item.add(new Span(label + " — " + getTranslation("request.order.this")));
      } else {
        item.add(
            new RouterLink(
                label,
                RequestDetailView.class,
                new RouteParameters("id", String.valueOf(sibling.id()))));
      }
      if (sibling.status() != null) {
        item.add(new StatusBadge(sibling.status()));
      }
      list.add(item);
    }
    add(
        list,
        new RouterLink(
            getTranslation("request.order.open", order.number()),
            MyOrderView.class,
            new RouteParameters("number", order.number())));
  }
}
