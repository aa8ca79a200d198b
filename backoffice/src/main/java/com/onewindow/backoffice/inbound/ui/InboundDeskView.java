package com.onewindow.backoffice.inbound.ui;

import com.onewindow.backoffice.crm.ui.ClientDetailView;
import com.onewindow.backoffice.crm.ui.OnBehalfDialog;
import com.onewindow.backoffice.crm.ui.OwnerPanel;
import com.onewindow.backoffice.crm.ui.Times;
import com.onewindow.shared.catalog.CatalogService;
import com.onewindow.shared.crm.CallLogged;
import com.onewindow.shared.crm.ClientDetail;
import com.onewindow.shared.crm.ClientRow;
import com.onewindow.shared.crm.ClientService;
import com.onewindow.shared.crm.InboundDeskService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.ConfigurableFilterDataProvider;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;

/**
 * The inbound desk (C3): log the call, find the client (or enter it), see at once who owns it and
 * what the rules say, then hand the call to the owner or enter a request on the client's behalf.
 * Times are shown in the caller's branch time zone.
 */
@Route("inbound")
@RolesAllowed("INBOUND_AGENT")
public class InboundDeskView extends VerticalLayout implements HasDynamicTitle {

  private final InboundDeskService desk;
  private final ClientService clients;
  private final CatalogService catalog;
  private final Clock clock;
  private final Paragraph callState = new Paragraph();
  private final Div clientPanel = new Div();
  private @Nullable CallLogged call;
  private @Nullable ClientDetail client;

  public InboundDeskView(
      InboundDeskService desk, ClientService clients, CatalogService catalog, Clock clock) {
    this.desk = desk;
    this.clients = clients;
    this.catalog = catalog;
    this.clock = clock;
    setWidthFull();
    clientPanel.addClassName("desk-client");
    add(
        new H1(getTranslation("nav.inbound")),
        callForm(),
        new H2(getTranslation("desk.findClient")));
    add(searchArea(), clientPanel);
  }

  private VerticalLayout callForm() {
    var phone = new TextField(getTranslation("desk.callerPhone"));
    phone.setRequired(true);
    var reason = new TextArea(getTranslation("desk.reason"));
    reason.setRequired(true);
    reason.setMaxLength(1000);
    reason.setWidth("32rem");
    var log =
        new Button(
            getTranslation("desk.logCall"),
            VaadinIcon.PHONE.create(),
            e -> {
              call = desk.logCall(phone.getValue(), reason.getValue());
              showCallState();
            });
    log.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    var row = new HorizontalLayout(phone, reason, log);
    row.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
    callState.addClassName("call-state");
    var section = new VerticalLayout(new H2(getTranslation("desk.call")), row, callState);
    section.setPadding(false);
    return section;
  }

  private VerticalLayout searchArea() {
    var search = new TextField(getTranslation("desk.search"));
    search.setPlaceholder(getTranslation("client.search.placeholder"));
    search.setValueChangeMode(ValueChangeMode.LAZY);
    search.setClearButtonVisible(true);
    search.setWidth("28rem");
    var grid = new Grid<ClientRow>();
    grid.addColumn(ClientRow::legalName).setHeader(getTranslation("client.name")).setFlexGrow(3);
    grid.addColumn(ClientRow::inn).setHeader(getTranslation("client.inn")).setAutoWidth(true);
    grid.addColumn(r -> r.homeBranch().in(getLocale())).setHeader(getTranslation("client.branch"));
    grid.addColumn(r -> r.ownerName() == null ? "—" : r.ownerName())
        .setHeader(getTranslation("client.owner"));
    ConfigurableFilterDataProvider<ClientRow, Void, String> data =
        DataProvider.<ClientRow, String>fromFilteringCallbacks(
                q ->
                    q.getFilter().orElse("").isBlank()
                        ? java.util.stream.Stream.empty()
                        : clients
                            .clients(
                                q.getFilter().get(), VaadinSpringDataHelpers.toSpringPageRequest(q))
                            .stream(),
                q ->
                    q.getFilter().orElse("").isBlank()
                        ? 0
                        : (int)
                            clients
                                .clients(
                                    q.getFilter().get(),
                                    VaadinSpringDataHelpers.toSpringPageRequest(q))
                                .getTotalElements())
            .withConfigurableFilter();
    grid.setItems(data);
    grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
    grid.setEmptyStateText(getTranslation("desk.noMatch"));
    grid.setHeight("10rem");
    grid.addItemClickListener(e -> select(e.getItem().id()));
    search.addValueChangeListener(e -> data.setFilter(e.getValue()));
    var create =
        new Button(
            getTranslation("client.new"),
            VaadinIcon.PLUS.create(),
            e -> new QuickClientDialog(clients, this::select).open());
    var bar = new HorizontalLayout(search, create);
    bar.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
    var area = new VerticalLayout(bar, grid);
    area.setPadding(false);
    return area;
  }

  private void select(long companyId) {
    client = clients.client(companyId);
    clientPanel.removeAll();
    ZoneId zone = client.homeZone();
    clientPanel.add(
        new H2(client.legalName()),
        new Paragraph(
            getTranslation("client.inn")
                + " "
                + client.inn()
                + " · "
                + client.homeBranch().in(getLocale())),
        new Paragraph(
            getTranslation(
                "desk.localTime",
                Times.time(clock.instant(), zone, getLocale()),
                client.homeBranch().in(getLocale()))),
        new OwnerPanel(client.owner(), client.rule()),
        new RouterLink(getTranslation("desk.openCard"), ClientDetailView.class, client.id()),
        actions(client));
    showCallState();
  }

  private VerticalLayout actions(ClientDetail c) {
    var note = new TextArea(getTranslation("desk.note"));
    note.setWidth("32rem");
    var hand =
        new Button(
            getTranslation("desk.handToOwner"),
            e -> {
              if (requireCall()) {
                desk.handToOwner(call.callId(), c.id(), note.getValue());
                done(getTranslation("desk.handedOver", c.owner().managerName()));
              }
            });
    hand.setEnabled(c.owner() != null);
    hand.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    var request =
        new Button(
            getTranslation("desk.createRequest"),
            e -> {
              if (requireCall()) {
                new OnBehalfDialog(
                        catalog,
                        c,
                        form -> {
                          String number = desk.createRequest(call.callId(), form);
                          done(getTranslation("desk.requestCreated", number));
                        })
                    .open();
              }
            });
    var layout = new VerticalLayout(note, new HorizontalLayout(hand, request));
    layout.setPadding(false);
    return layout;
  }

  private boolean requireCall() {
    if (call == null) {
      Notification.show(getTranslation("desk.logCallFirst"), 4000, Notification.Position.TOP_CENTER)
          .addThemeVariants(NotificationVariant.LUMO_WARNING);
      return false;
    }
    return true;
  }

  private void done(String message) {
    Notification.show(message, 6000, Notification.Position.TOP_CENTER)
        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    callState.setText(message);
    call = null;
  }

  private void showCallState() {
    if (call == null) {
      return;
    }
    ZoneId zone = client == null ? ZoneId.of("Europe/Moscow") : client.homeZone();
    String where =
        client == null ? getTranslation("desk.moscowTime") : client.homeBranch().in(getLocale());
    callState.setText(
        getTranslation(
            "desk.callLogged",
            call.callerPhone(),
            Times.dateTime(call.receivedAt(), zone, getLocale()),
            where));
  }

  @Override
  public String getPageTitle() {
    return getTranslation("nav.inbound");
  }
}
