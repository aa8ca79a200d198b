package com.onewindow.portal.company.ui;

import com.onewindow.portal.base.ui.grid.PhoneColumns;
import com.onewindow.shared.account.CompanyUsersService;
import com.onewindow.shared.account.MyCompany;
import com.onewindow.shared.account.MyCompanyService;
import com.onewindow.shared.inventory.ActiveServiceQueries;
import com.onewindow.shared.inventory.ActiveServiceView;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

/**
 * The customer's company (P6, first part): its contact at the operator, its sites and the services
 * running at each of them.
 */
@Route("my-company")
@RolesAllowed("CUSTOMER")
public class MyCompanyView extends VerticalLayout implements HasDynamicTitle {

  public MyCompanyView(
      MyCompanyService companies, CompanyUsersService accounts, ActiveServiceQueries inventory) {
    setMaxWidth("60rem");
    add(new H1(getTranslation("company.heading")));
    var found = companies.myCompany();
    if (found.isEmpty()) {
      var account = accounts.myAccount();
      add(
          new Paragraph(
              account.pendingCompanyName() == null
                  ? getTranslation("company.none")
                  : getTranslation("company.pending", account.pendingCompanyName())));
      return;
    }
    MyCompany company = found.get();
    add(
        new H2(company.legalName()),
        new Paragraph(
            getTranslation("wizard.inn")
                + " "
                + company.inn()
                + (company.kpp() == null
                    ? ""
                    : " · " + getTranslation("wizard.kpp") + " " + company.kpp())
                + " · "
                + getTranslation("company.homeBranch", company.homeBranch().in(getLocale()))));
    add(new H2(getTranslation("company.contact")));
    var contact = company.contact();
    if (contact == null) {
      add(new Paragraph(getTranslation("company.contact.central")));
    } else {
      var card =
          new Div(
              new Span(contact.fullName()),
              new Span(getTranslation("company.contact.role")),
              new Span(contact.phone() == null ? "" : contact.phone()),
              new Span(contact.email()));
      card.addClassName("card");
      card.addClassName("contact-card");
      add(card);
    }
    add(new H2(getTranslation("company.sites")));
    var sites = new Grid<MyCompany.SiteEntry>();
    sites
        .addColumn(MyCompany.SiteEntry::address)
        .setHeader(getTranslation("company.site.address"))
        .setFlexGrow(3);
    sites.addColumn(s -> s.branch().in(getLocale())).setHeader(getTranslation("request.branch"));
    sites.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
    sites.setItems(company.sites());
    sites.setEmptyStateText(getTranslation("company.sites.none"));
    sites.setAllRowsVisible(true);
    add(sites, new H2(getTranslation("company.services")), services(inventory.ofMyCompany()));
  }

  private Grid<ActiveServiceView> services(List<ActiveServiceView> running) {
    var formatter =
        DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
            .withLocale(getLocale())
            .withZone(ZoneId.of("Europe/Moscow"));
    var grid = new Grid<ActiveServiceView>();
    grid.addColumn(ActiveServiceView::siteAddress)
        .setHeader(getTranslation("company.site.address"))
        .setFlexGrow(2);
    grid.addColumn(
            s ->
                s.option() == null
                    ? s.name().in(getLocale())
                    : s.name().in(getLocale()) + " — " + s.option().in(getLocale()))
        .setHeader(getTranslation("company.service"))
        .setFlexGrow(2);
    grid.addColumn(s -> s.monthlyPrice().format(getLocale()))
        .setHeader(getTranslation("company.service.monthly"));
    var since =
        grid.addColumn(s -> formatter.format(s.activeSince()))
            .setHeader(getTranslation("company.service.since"));
    PhoneColumns.hideOnPhones(grid, since);
    grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
    grid.setItems(running);
    grid.setEmptyStateText(getTranslation("company.services.none"));
    grid.setAllRowsVisible(true);
    return grid;
  }

  @Override
  public String getPageTitle() {
    return getTranslation("company.heading");
  }
}
