package com.onewindow.portal.request.ui;

import com.onewindow.portal.base.ui.grid.PhoneColumns;
import com.onewindow.shared.request.CustomerRequestService;
import com.onewindow.shared.request.MyRequestRow;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/**
 * The requests of the customer's company, newest first, paged lazily (P5); the requests of one
 * order split by branch say which order they belong to.
 */
@Route("my-requests")
@RolesAllowed("CUSTOMER")
public class MyRequestsView extends VerticalLayout implements HasDynamicTitle {

  /**
   * Rows carry no branch zone; a request's dates are shown in Moscow time here, in the branch's on
   * its page.
   */
  private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

  public MyRequestsView(CustomerRequestService requests) {
    setSizeFull();
    var formatter =
        DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
            .withLocale(getLocale());
    var grid = new Grid<MyRequestRow>();
    grid.addColumn(r -> r.number() == null ? getTranslation("request.draft") : r.number())
        .setHeader(getTranslation("request.number"))
        .setKey("number")
        .setSortable(true)
        .setAutoWidth(true);
    grid.addComponentColumn(r -> new StatusBadge(r.status()))
        .setHeader(getTranslation("request.status"))
        .setKey("status")
        .setSortable(true)
        .setAutoWidth(true);
    var submitted =
        grid.addColumn(r -> format(formatter, r.submittedAt(), r.zone()))
            .setHeader(getTranslation("request.submitted"))
            .setKey("submittedAt")
            .setSortable(true);
    var branch =
        grid.addColumn(r -> r.branchName().in(getLocale()))
            .setHeader(getTranslation("request.branch"));
    var order =
        grid.addColumn(
                r ->
                    r.order() == null
                        ? ""
                        : getTranslation(
                            "request.orderColumn",
                            r.order().orderNumber(),
                            r.order().part(),
                            r.order().parts()))
            .setHeader(getTranslation("request.order"))
            .setKey("order")
            .setAutoWidth(true);
    // On a phone the number and status fit; the request's page tells the rest.
    PhoneColumns.hideOnPhones(grid, submitted, branch, order);
    grid.setItems(
        DataProvider.fromCallbacks(
            q ->
                requests
                    .myCompanyRequestRows(VaadinSpringDataHelpers.toSpringPageRequest(q))
                    .stream(),
            q ->
                (int)
                    requests
                        .myCompanyRequests(VaadinSpringDataHelpers.toSpringPageRequest(q))
                        .getTotalElements()));
    grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
    grid.setEmptyStateText(getTranslation("request.none"));
    grid.addItemClickListener(
        e ->
            getUI()
                .ifPresent(
                    ui ->
                        ui.navigate(
                            RequestDetailView.class,
                            new RouteParameters("id", String.valueOf(e.getItem().id())))));
    var newRequest = new Button(getTranslation("request.new"));
    newRequest.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    newRequest.addClickListener(e -> getUI().ifPresent(ui -> ui.navigate(ConnectWizardView.class)));
    var header = new HorizontalLayout(new H1(getTranslation("nav.myRequests")), newRequest);
    header.setAlignItems(Alignment.CENTER);
    add(header, grid);
  }

  /** In the branch's own time zone, with its offset, as the branch works by it. */
  private static String format(DateTimeFormatter formatter, Instant instant, ZoneId zone) {
    if (instant == null) {
      return "—";
    }
    var local = instant.atZone(zone);
    return formatter.format(local) + " (UTC" + local.getOffset().getId().replace("Z", "") + ")";
  }

  @Override
  public String getPageTitle() {
    return getTranslation("nav.myRequests");
  }
}
