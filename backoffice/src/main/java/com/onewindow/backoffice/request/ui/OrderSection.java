package com.onewindow.backoffice.request.ui;

import com.onewindow.backoffice.queue.ui.QueueFormat;
import com.onewindow.shared.request.OrderOverview;
import com.onewindow.shared.request.RequestDetails;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import java.util.Locale;

/**
 * On the page of a request that is one part of a customer's order split by branch: the order's
 * number and every part with its branch. A part the user may not open (another branch's) shows only
 * its number and branch.
 */
final class OrderSection {

  private OrderSection() {}

  static Component of(Component owner, RequestDetails d, OrderOverview order) {
    Locale locale = UI.getCurrent().getLocale();
    var list = new UnorderedList();
    list.addClassName("order-parts");
    for (OrderOverview.Part part : order.parts()) {
      String label =
          owner.getTranslation("detail.order.part", part.number(), part.branchName().in(locale));
      var item = new ListItem();
      if (part.id() == d.id()) {
        item.add(new Span(label + " — " + owner.getTranslation("detail.order.this")));
      } else if (part.openable()) {
        item.add(
            new RouterLink(
                label,
                RequestDetailView.class,
                new RouteParameters("id", String.valueOf(part.id()))));
      } else {
        var hint = new Span(owner.getTranslation("detail.order.otherBranch"));
        hint.addClassName("order-hint");
        item.add(new Span(label), hint);
      }
      if (part.status() != null) {
        item.add(QueueFormat.statusBadge(owner, part.status()));
      }
      list.add(item);
    }
    String title = owner.getTranslation("detail.order.title", order.number());
    var section =
        new Div(
            new H2(title),
            new Paragraph(
                owner.getTranslation(
                    "detail.order.partOf", order.partOf(d.id()).part(), order.count())),
            list);
    section.addClassNames("detail-section", "order-section");
    section.getElement().setAttribute("role", "region");
    section.getElement().setAttribute("aria-label", title);
    return section;
  }
}
