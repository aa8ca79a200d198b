package com.onewindow.backoffice.crm.ui;

import com.onewindow.shared.catalog.CatalogService;
import com.onewindow.shared.common.NotFoundException;
import com.onewindow.shared.crm.ActivityRow;
import com.onewindow.shared.crm.ActivityService;
import com.onewindow.shared.crm.AttributionService;
import com.onewindow.shared.crm.AttributionView;
import com.onewindow.shared.crm.ClientDetail;
import com.onewindow.shared.crm.ClientRequestService;
import com.onewindow.shared.crm.ClientService;
import com.onewindow.shared.crm.ContractView;
import com.onewindow.shared.security.StaffPrincipal;
import com.onewindow.shared.staff.Role;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.ZoneId;

/**
 * A client's card (C1, C2): the company, its owner and what the rules say, the owners before, its
 * sites and contacts, its requests and contracts with their attribution (a head may change it), its
 * activities, and for those who log activities an entry for one against this client.
 */
@Route("client")
@PermitAll
public class ClientDetailView extends VerticalLayout
    implements HasUrlParameter<Long>, HasDynamicTitle {

  private final ClientService clients;
  private final AttributionService attribution;
  private final ActivityService activities;
  private final ClientRequestService requestEntry;
  private final CatalogService catalog;
  private final boolean head;
  private final boolean manager;
  private final boolean logsActivities;
  private final Clock clock;
  private String title = "";

  public ClientDetailView(
      ClientService clients,
      AttributionService attribution,
      ActivityService activities,
      ClientRequestService requestEntry,
      CatalogService catalog,
      AuthenticationContext authentication,
      Clock clock) {
    this.requestEntry = requestEntry;
    this.clock = clock;
    this.catalog = catalog;
    var staff = authentication.getAuthenticatedUser(StaffPrincipal.class);
    this.manager =
        staff
            .map(
                s ->
                    s.hasRole(Role.SALES_MANAGER)
                        || s.hasRole(Role.SERVICE_MANAGER)
                        || s.hasRole(Role.KEY_ACCOUNT_MANAGER))
            .orElse(false);
    this.logsActivities = staff.map(s -> s.hasAnyRole(ActivityService.LOGGING_ROLES)).orElse(false);
    this.clients = clients;
    this.attribution = attribution;
    this.activities = activities;
    this.head =
        authentication
            .getAuthenticatedUser(StaffPrincipal.class)
            .map(s -> s.hasRole(Role.HEAD))
            .orElse(false);
  }

  @Override
  public void setParameter(BeforeEvent event, Long id) {
    ClientDetail client;
    try {
      client = clients.client(id);
    } catch (NotFoundException e) {
      event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
      return;
    }
    title = client.legalName();
    removeAll();
    add(new H1(client.legalName()), facts(client));
    add(new H2(getTranslation("client.owner")), new OwnerPanel(client.owner(), client.rule()));
    add(new H2(getTranslation("client.ownerHistory")), history(client));
    add(new H2(getTranslation("client.sites")), sites(client));
    add(new H2(getTranslation("client.contacts")), contacts(client));
    var requestGrid = requests(client);
    add(new H2(getTranslation("client.requests")));
    if (manager) {
      var create =
          new Button(
              getTranslation("client.newRequest"),
              e ->
                  new OnBehalfDialog(
                          catalog,
                          client,
                          form -> {
                            String number = requestEntry.createForClient(form);
                            requestGrid.setItems(attribution.ofClient(client.id()));
                            Notification.show(
                                    getTranslation("desk.requestCreated", number),
                                    6000,
                                    Notification.Position.TOP_CENTER)
                                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                          })
                      .open());
      add(create);
    }
    add(requestGrid);
    var contractGrid = contracts(client);
    add(new H2(getTranslation("client.contracts")), contractGrid);
    var activityGrid = activityGrid(client);
    add(new H2(getTranslation("client.activities")));
    if (logsActivities) {
      add(logActivity(client, activityGrid, contractGrid));
    }
    add(activityGrid);
  }

  /** Opens the entry; what is logged shows at once in the activities and, a contract, above. */
  private Button logActivity(
      ClientDetail client, Grid<ActivityRow> activityGrid, Grid<ContractView> contractGrid) {
    return new Button(
        getTranslation("activity.logOnCard"),
        VaadinIcon.PLUS.create(),
        e ->
            new LogActivityDialog(
                    activities,
                    client,
                    clock,
                    logged -> {
                      activityGrid.getDataProvider().refreshAll();
                      contractGrid.setItems(attribution.contractsOf(client.id()));
                      Notification.show(
                              getTranslation(
                                  "activity.logged",
                                  getTranslation("activityType." + logged.type())),
                              4000,
                              Notification.Position.TOP_CENTER)
                          .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                    })
                .open());
  }

  private Div facts(ClientDetail c) {
    var facts = new Div();
    facts.addClassName("facts");
    fact(facts, "client.inn", c.inn());
    fact(facts, "client.kpp", c.kpp() == null ? "—" : c.kpp());
    fact(facts, "client.industry", getTranslation("industry." + c.industry()));
    fact(facts, "client.segment", getTranslation("segment." + c.segment()));
    fact(facts, "client.federal", getTranslation(c.federal() ? "common.yes" : "common.no"));
    fact(facts, "client.phone", c.phone() == null ? "—" : c.phone());
    fact(facts, "client.branch", c.homeBranch().in(getLocale()));
    fact(
        facts,
        "client.cooperationSince",
        Times.date(c.cooperationStartedAt(), c.homeZone(), getLocale()));
    return facts;
  }

  private void fact(Div facts, String labelKey, String value) {
    var label = new Span(getTranslation(labelKey));
    label.addClassName("fact-label");
    facts.add(label, new Span(value));
  }

  private Grid<ClientDetail.OwnershipRow> history(ClientDetail c) {
    var grid = new Grid<ClientDetail.OwnershipRow>();
    ZoneId zone = c.homeZone();
    grid.addColumn(ClientDetail.OwnershipRow::managerName)
        .setHeader(getTranslation("owner.manager"));
    grid.addColumn(o -> getTranslation("unit." + o.unit())).setHeader(getTranslation("owner.unit"));
    grid.addColumn(o -> o.branch().in(getLocale())).setHeader(getTranslation("client.branch"));
    grid.addColumn(o -> Times.date(o.from(), zone, getLocale()))
        .setHeader(getTranslation("owner.from"));
    grid.addColumn(
            o ->
                o.to() == null
                    ? getTranslation("owner.now")
                    : Times.date(o.to(), zone, getLocale()))
        .setHeader(getTranslation("owner.to"));
    grid.addColumn(
            o ->
                getTranslation("ownership." + o.reason())
                    + (o.note() == null ? "" : " — " + o.note()))
        .setHeader(getTranslation("owner.reason"))
        .setFlexGrow(2);
    grid.setItems(c.ownerHistory());
    grid.setEmptyStateText(getTranslation("client.noOwner"));
    grid.setAllRowsVisible(true);
    grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
    return grid;
  }

  private Grid<ClientDetail.SiteRow> sites(ClientDetail c) {
    var grid = new Grid<ClientDetail.SiteRow>();
    grid.addColumn(s -> s.label() == null ? "—" : s.label())
        .setHeader(getTranslation("site.label"));
    grid.addColumn(ClientDetail.SiteRow::address)
        .setHeader(getTranslation("site.address"))
        .setFlexGrow(3);
    grid.addColumn(s -> s.branch().in(getLocale())).setHeader(getTranslation("client.branch"));
    grid.setItems(c.sites());
    grid.setEmptyStateText(getTranslation("site.none"));
    grid.setAllRowsVisible(true);
    grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
    return grid;
  }

  private Grid<ClientDetail.ContactRow> contacts(ClientDetail c) {
    var grid = new Grid<ClientDetail.ContactRow>();
    grid.addColumn(ClientDetail.ContactRow::fullName).setHeader(getTranslation("contact.name"));
    grid.addColumn(k -> k.position() == null ? "—" : k.position())
        .setHeader(getTranslation("contact.position"));
    grid.addColumn(k -> k.phone() == null ? "—" : k.phone())
        .setHeader(getTranslation("client.phone"));
    grid.addColumn(k -> k.email() == null ? "—" : k.email())
        .setHeader(getTranslation("contact.email"));
    grid.setItems(c.contacts());
    grid.setEmptyStateText(getTranslation("contact.none"));
    grid.setAllRowsVisible(true);
    grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
    return grid;
  }

  private Grid<AttributionView> requests(ClientDetail c) {
    var grid = new Grid<AttributionView>();
    grid.addColumn(r -> r.number() == null ? "—" : r.number())
        .setHeader(getTranslation("request.number"));
    grid.addColumn(r -> getTranslation("status." + r.status()))
        .setHeader(getTranslation("request.status"));
    grid.addColumn(r -> getTranslation("channel." + r.channel()))
        .setHeader(getTranslation("request.channel"));
    grid.addColumn(r -> r.foundBy() == null ? "—" : r.foundBy())
        .setHeader(getTranslation("attribution.foundBy"));
    grid.addColumn(r -> r.carriedBy() == null ? "—" : r.carriedBy())
        .setHeader(getTranslation("attribution.carriedBy"));
    grid.addColumn(r -> r.changes().isEmpty() ? "" : r.changes().getFirst().reason())
        .setHeader(getTranslation("attribution.lastChange"))
        .setFlexGrow(2);
    if (head) {
      grid.addComponentColumn(
              r -> {
                if (!r.changeable()) {
                  return new Span();
                }
                var change =
                    new Button(
                        getTranslation("attribution.change"),
                        e ->
                            AttributionDialog.forRequest(
                                    attribution,
                                    r,
                                    () -> grid.setItems(attribution.ofClient(c.id())))
                                .open());
                change.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                return change;
              })
          .setAutoWidth(true);
    }
    grid.setItems(attribution.ofClient(c.id()));
    grid.setEmptyStateText(getTranslation("request.none"));
    grid.setAllRowsVisible(true);
    grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
    return grid;
  }

  private Grid<ContractView> contracts(ClientDetail c) {
    var grid = new Grid<ContractView>();
    grid.addColumn(k -> k.number() == null ? "—" : k.number())
        .setHeader(getTranslation("contract.number"))
        .setAutoWidth(true);
    grid.addColumn(k -> Times.date(k.signedOn(), getLocale()))
        .setHeader(getTranslation("contract.signedOn"))
        .setAutoWidth(true);
    grid.addColumn(k -> k.contactName() == null ? "—" : k.contactName())
        .setHeader(getTranslation("activity.contact"))
        .setFlexGrow(2);
    grid.addColumn(k -> getTranslation("channel." + k.channel()))
        .setHeader(getTranslation("request.channel"))
        .setFlexGrow(2);
    grid.addColumn(k -> k.foundBy() == null ? "—" : k.foundBy())
        .setHeader(getTranslation("attribution.foundBy"))
        .setFlexGrow(3);
    grid.addColumn(k -> k.carriedBy() == null ? "—" : k.carriedBy())
        .setHeader(getTranslation("attribution.carriedBy"))
        .setFlexGrow(3);
    grid.addColumn(k -> k.changes().isEmpty() ? "" : k.changes().getFirst().reason())
        .setHeader(getTranslation("attribution.lastChange"))
        .setFlexGrow(3);
    if (head) {
      grid.addComponentColumn(
              k -> {
                if (!k.changeable()) {
                  return new Span();
                }
                var change =
                    new Button(
                        getTranslation("attribution.change"),
                        e ->
                            AttributionDialog.forContract(
                                    attribution,
                                    k,
                                    () -> grid.setItems(attribution.contractsOf(c.id())))
                                .open());
                change.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                return change;
              })
          .setAutoWidth(true);
    }
    grid.setItems(attribution.contractsOf(c.id()));
    grid.setEmptyStateText(getTranslation("contract.none"));
    grid.setAllRowsVisible(true);
    grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
    grid.addClassName("contracts");
    return grid;
  }

  private Grid<ActivityRow> activityGrid(ClientDetail c) {
    var grid = new Grid<ActivityRow>();
    grid.addColumn(a -> Times.dateTime(a.occurredAt(), c.homeZone(), getLocale()))
        .setHeader(getTranslation("activity.time"));
    grid.addColumn(a -> getTranslation("activityType." + a.type()))
        .setHeader(getTranslation("activity.type"));
    grid.addColumn(ActivityRow::managerName).setHeader(getTranslation("owner.manager"));
    grid.addColumn(a -> a.outcome() == null ? "" : a.outcome())
        .setHeader(getTranslation("activity.outcome"))
        .setFlexGrow(2);
    grid.setItems(
        DataProvider.fromCallbacks(
            q ->
                activities
                    .activities(c.id(), VaadinSpringDataHelpers.toSpringPageRequest(q))
                    .stream(),
            q ->
                (int)
                    activities
                        .activities(c.id(), VaadinSpringDataHelpers.toSpringPageRequest(q))
                        .getTotalElements()));
    grid.setEmptyStateText(getTranslation("activity.none"));
    grid.setHeight("18rem");
    grid.addClassName("activities");
    return grid;
  }

  @Override
  public String getPageTitle() {
    return title;
  }
}
