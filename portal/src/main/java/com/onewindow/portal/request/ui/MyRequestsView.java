package com.onewindow.portal.request.ui;

import com.onewindow.shared.request.CustomerRequestService;
import com.onewindow.shared.request.RequestSummary;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** The requests of the customer's company, newest first, paged lazily (P5). */
@Route("my-requests")
@RolesAllowed("CUSTOMER")
public class MyRequestsView extends VerticalLayout implements HasDynamicTitle {

  public MyRequestsView(CustomerRequestService requests) {
    setSizeFull();
    var formatter =
        DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
            .withLocale(getLocale())
            .withZone(ZoneId.of("Europe/Moscow"));
    var grid = new Grid<RequestSummary>();
    grid.addColumn(r -> r.number() == null ? getTranslation("request.draft") : r.number())
        .setHeader(getTranslation("request.number"))
        .setKey("number")
        .setAutoWidth(true);
    grid.addColumn(r -> getTranslation("status." + r.status()))
        .setHeader(getTranslation("request.status"))
        .setKey("status");
    grid.addColumn(r -> formatter.format(r.createdAt()))
        .setHeader(getTranslation("request.created"))
        .setKey("createdAt")
        .setSortable(true);
    grid.addColumn(r -> r.branchName().in(getLocale())).setHeader(getTranslation("request.branch"));
    grid.setItems(
        DataProvider.fromCallbacks(
            q ->
                requests.myCompanyRequests(VaadinSpringDataHelpers.toSpringPageRequest(q)).stream(),
            q ->
                (int)
                    requests
                        .myCompanyRequests(VaadinSpringDataHelpers.toSpringPageRequest(q))
                        .getTotalElements()));
    grid.setEmptyStateText(getTranslation("request.none"));
    add(new H1(getTranslation("nav.myRequests")), grid);
  }

  @Override
  public String getPageTitle() {
    return getTranslation("nav.myRequests");
  }
}
