package com.onewindow.portal.company.ui;

import com.onewindow.shared.account.CompanyUsersService;
import com.onewindow.shared.account.MyCompany;
import com.onewindow.shared.account.MyCompanyService;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * The customer's company (P6, first part): its sites and its contact at the operator. Active
 * services per site come with the inventory of the backoffice (not in this branch yet).
 */
@Route("my-company")
@RolesAllowed("CUSTOMER")
public class MyCompanyView extends VerticalLayout implements HasDynamicTitle {

  public MyCompanyView(MyCompanyService companies, CompanyUsersService accounts) {
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
    sites.setItems(company.sites());
    sites.setEmptyStateText(getTranslation("company.sites.none"));
    sites.setAllRowsVisible(true);
    add(sites, new Paragraph(getTranslation("company.activeServicesLater")));
  }

  @Override
  public String getPageTitle() {
    return getTranslation("company.heading");
  }
}
