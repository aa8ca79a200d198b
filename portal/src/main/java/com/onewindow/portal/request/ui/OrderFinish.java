package com.onewindow.portal.request.ui;

import com.onewindow.shared.request.SubmittedOrder;
import com.onewindow.shared.request.SubmittedRequest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.RouteParameters;
import java.util.stream.Collectors;

/**
 * Where the wizard ends: an order one branch serves is one request, shown at once; an order split
 * by branch is shown whole, with each branch's request.
 */
final class OrderFinish {

  private OrderFinish() {}

  static void show(Component wizard, SubmittedOrder order) {
    String text =
        order.isSplit()
            ? wizard.getTranslation(
                "wizard.submittedOrder",
                order.number(),
                order.requests().stream()
                    .map(SubmittedRequest::number)
                    .collect(Collectors.joining(", ")))
            : wizard.getTranslation("wizard.submitted", order.number());
    Notification.show(text, 8000, Notification.Position.TOP_CENTER)
        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    wizard
        .getUI()
        .ifPresent(
            ui -> {
              if (order.isSplit()) {
                ui.navigate(MyOrderView.class, new RouteParameters("number", order.number()));
              } else {
                ui.navigate(
                    RequestDetailView.class,
                    new RouteParameters("id", String.valueOf(order.first().id())));
              }
            });
  }
}
