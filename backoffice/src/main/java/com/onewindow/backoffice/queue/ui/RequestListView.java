package com.onewindow.backoffice.queue.ui;

import com.onewindow.shared.request.RequestSummary;
import com.onewindow.shared.request.StaffRequestService;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/**
 * The staff start page: the requests in the staff member's scope (their branch, or every branch
 * from the head office), newest first, paged lazily from the database.
 */
@Route("")
@PermitAll
public class RequestListView extends VerticalLayout implements HasDynamicTitle {

  public RequestListView(StaffRequestService requests) {
    setSizeFull();
    var formatter =
        DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
            .withLocale(getLocale())
            .withZone(ZoneId.systemDefault());
    var grid = new Grid<RequestSummary>();
    grid.addColumn(RequestSummary::number)
        .setHeader(getTranslation("request.number"))
        .setKey("number")
        .setSortable(true)
        .setAutoWidth(true);
    grid.addColumn(RequestSummary::companyName)
        .setHeader(getTranslation("request.company"))
        .setFlexGrow(2);
    grid.addColumn(RequestSummary::inn).setHeader(getTranslation("request.inn")).setAutoWidth(true);
    grid.addColumn(r -> r.branchName().in(getLocale())).setHeader(getTranslation("request.branch"));
    grid.addColumn(r -> getTranslation("channel." + r.channel()))
        .setHeader(getTranslation("request.channel"));
    grid.addColumn(r -> getTranslation("status." + r.status()))
        .setHeader(getTranslation("request.status"));
    grid.addColumn(r -> r.submittedAt() == null ? "" : formatter.format(r.submittedAt()))
        .setHeader(getTranslation("request.submitted"))
        .setKey("submittedAt")
        .setSortable(true);
    grid.addColumn(r -> r.assigneeName() == null ? "—" : r.assigneeName())
        .setHeader(getTranslation("request.assignee"));
    grid.setItems(
        DataProvider.fromCallbacks(
            q -> requests.requestsInScope(VaadinSpringDataHelpers.toSpringPageRequest(q)).stream(),
            q ->
                (int)
                    requests
                        .requestsInScope(VaadinSpringDataHelpers.toSpringPageRequest(q))
                        .getTotalElements()));
    grid.setEmptyStateText(getTranslation("request.none"));
    grid.setSizeFull();
    add(new H1(getTranslation("nav.requests")), grid);
  }

  @Override
  public String getPageTitle() {
    return getTranslation("nav.requests");
  }
}
