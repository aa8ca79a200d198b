package com.onewindow.backoffice.crm.ui;

import com.onewindow.shared.crm.ClientRow;
import com.onewindow.shared.crm.ClientService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.ConfigurableFilterDataProvider;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.PermitAll;

/** The clients in the staff member's scope, searched by name, INN or phone, paged lazily. */
@Route("clients")
@PermitAll
public class ClientListView extends VerticalLayout implements HasDynamicTitle {

  public ClientListView(ClientService clients) {
    setSizeFull();
    var search = new TextField(getTranslation("client.search"));
    search.setPlaceholder(getTranslation("client.search.placeholder"));
    search.setPrefixComponent(VaadinIcon.SEARCH.create());
    search.setClearButtonVisible(true);
    search.setValueChangeMode(ValueChangeMode.LAZY);
    search.setWidth("28rem");

    var grid = new Grid<ClientRow>();
    grid.addColumn(ClientRow::legalName)
        .setHeader(getTranslation("client.name"))
        .setKey("legalName")
        .setSortable(true)
        .setFlexGrow(3);
    grid.addColumn(ClientRow::inn)
        .setHeader(getTranslation("client.inn"))
        .setKey("inn")
        .setSortable(true)
        .setAutoWidth(true);
    grid.addColumn(r -> r.phone() == null ? "—" : r.phone())
        .setHeader(getTranslation("client.phone"))
        .setAutoWidth(true);
    grid.addColumn(r -> r.homeBranch().in(getLocale())).setHeader(getTranslation("client.branch"));
    grid.addColumn(r -> getTranslation("segment." + r.segment()))
        .setHeader(getTranslation("client.segment"));
    grid.addColumn(
            r ->
                r.ownerName() == null
                    ? getTranslation("client.noOwner")
                    : r.ownerName() + " · " + getTranslation("unit." + r.ownerUnit()))
        .setHeader(getTranslation("client.owner"))
        .setFlexGrow(2);
    ConfigurableFilterDataProvider<ClientRow, Void, String> data =
        DataProvider.<ClientRow, String>fromFilteringCallbacks(
                q ->
                    clients
                        .clients(
                            q.getFilter().orElse(""),
                            VaadinSpringDataHelpers.toSpringPageRequest(q))
                        .stream(),
                q ->
                    (int)
                        clients
                            .clients(
                                q.getFilter().orElse(""),
                                VaadinSpringDataHelpers.toSpringPageRequest(q))
                            .getTotalElements())
            .withConfigurableFilter();
    grid.setItems(data);
    grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
    grid.setEmptyStateText(getTranslation("client.none"));
    grid.setSizeFull();
    grid.addItemClickListener(
        e -> getUI().ifPresent(ui -> ui.navigate(ClientDetailView.class, e.getItem().id())));
    search.addValueChangeListener(e -> data.setFilter(e.getValue()));

    var create =
        new Button(
            getTranslation("client.new"),
            VaadinIcon.PLUS.create(),
            e -> getUI().ifPresent(ui -> ui.navigate(NewClientView.class)));
    create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    var bar = new HorizontalLayout(search, create);
    bar.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
    add(new H1(getTranslation("nav.clients")), bar, grid);
  }

  @Override
  public String getPageTitle() {
    return getTranslation("nav.clients");
  }
}
