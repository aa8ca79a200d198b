package com.onewindow.backoffice.crm.ui;

import com.onewindow.shared.catalog.Industry;
import com.onewindow.shared.company.Address;
import com.onewindow.shared.company.Inn;
import com.onewindow.shared.crm.ClientService;
import com.onewindow.shared.crm.DuplicateInn;
import com.onewindow.shared.crm.InnCheck;
import com.onewindow.shared.crm.LookAlike;
import com.onewindow.shared.crm.NewClient;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/**
 * Enters a new client (C1). The INN is checked as it is typed: a taken INN says who owns that
 * company (and links to it when the user may see it); a similar name or the same phone is flagged.
 */
@Route("clients/new")
@RolesAllowed({
  "ADMIN",
  "HEAD",
  "INBOUND_AGENT",
  "SALES_MANAGER",
  "KEY_ACCOUNT_MANAGER",
  "SERVICE_MANAGER"
})
public class NewClientView extends VerticalLayout implements HasDynamicTitle {

  private final ClientService clients;
  private final Div innNotice = new Div();
  private final Div lookAlikes = new Div();

  public NewClientView(ClientService clients) {
    this.clients = clients;
    var inn = new TextField(getTranslation("client.inn"));
    inn.setRequired(true);
    inn.setMaxLength(12);
    var kpp = new TextField(getTranslation("client.kpp"));
    kpp.setMaxLength(9);
    var name = new TextField(getTranslation("client.name"));
    name.setRequired(true);
    name.setMaxLength(255);
    var phone = new TextField(getTranslation("client.phone"));
    var industry = new Select<Industry>();
    industry.setLabel(getTranslation("client.industry"));
    industry.setItems(Industry.values());
    industry.setItemLabelGenerator(i -> getTranslation("industry." + i));
    industry.setValue(Industry.OFFICES);
    var federal = new Checkbox(getTranslation("client.federal"));
    var contactName = new TextField(getTranslation("contact.name"));
    var contactPhone = new TextField(getTranslation("contact.phone"));
    var contactEmail = new TextField(getTranslation("contact.email"));
    var city = new TextField(getTranslation("site.city"));
    var street = new TextField(getTranslation("site.street"));
    var house = new TextField(getTranslation("site.house"));

    inn.addValueChangeListener(e -> checkInn(inn, e.getValue().strip()));
    name.addValueChangeListener(e -> showLookAlikes(name.getValue(), phone.getValue()));
    phone.addValueChangeListener(e -> showLookAlikes(name.getValue(), phone.getValue()));

    var save =
        new Button(
            getTranslation("action.save"),
            e -> {
              if (inn.isInvalid() || name.getValue().isBlank()) {
                name.setInvalid(name.getValue().isBlank());
                name.setErrorMessage(getTranslation("client.nameRequired"));
                return;
              }
              Address site =
                  city.getValue().isBlank()
                          || street.getValue().isBlank()
                          || house.getValue().isBlank()
                      ? null
                      : new Address(
                          city.getValue().strip(),
                          street.getValue().strip(),
                          house.getValue().strip(),
                          null);
              try {
                long id =
                    clients.create(
                        new NewClient(
                            inn.getValue(),
                            kpp.getValue(),
                            name.getValue(),
                            industry.getValue(),
                            phone.getValue(),
                            federal.getValue(),
                            contactName.getValue(),
                            contactPhone.getValue(),
                            contactEmail.getValue(),
                            site));
                getUI().ifPresent(ui -> ui.navigate(ClientDetailView.class, id));
              } catch (DuplicateInn duplicate) {
                showInnTaken(inn, duplicate.check());
              }
            });
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

    var company = new FormLayout(inn, kpp, name, phone, industry, federal);
    innNotice.addClassName("notice");
    lookAlikes.addClassName("notice");
    var contact = new FormLayout(contactName, contactPhone, contactEmail);
    var address = new FormLayout(city, street, house);
    add(
        new H1(getTranslation("client.new")),
        company,
        innNotice,
        lookAlikes,
        new H2(getTranslation("client.firstContact")),
        contact,
        new H2(getTranslation("client.firstSite")),
        address,
        save);
  }

  private void checkInn(TextField field, String value) {
    innNotice.removeAll();
    if (value.isEmpty()) {
      return;
    }
    var problem = Inn.problemWith(value);
    if (problem != null) {
      field.setInvalid(true);
      field.setErrorMessage(getTranslation("inn.problem." + problem.name()));
      return;
    }
    field.setInvalid(false);
    var check = clients.checkInn(value);
    if (check.exists()) {
      showInnTaken(field, check);
    }
  }

  private void showInnTaken(TextField field, InnCheck check) {
    innNotice.removeAll();
    field.setInvalid(true);
    field.setErrorMessage(getTranslation("client.innTaken"));
    var owner = check.owner();
    innNotice.add(
        new Paragraph(
            owner == null
                ? getTranslation("client.innTakenNoOwner")
                : getTranslation(
                    "client.innTakenBy",
                    owner.managerName(),
                    getTranslation("unit." + owner.unit()),
                    owner.branch().in(getLocale()))));
    if (check.visibleCompanyId() != null) {
      innNotice.add(
          new RouterLink(
              getTranslation("client.openExisting"),
              ClientDetailView.class,
              check.visibleCompanyId()));
    }
  }

  private void showLookAlikes(String name, String phone) {
    lookAlikes.removeAll();
    if (name.isBlank() && phone.isBlank()) {
      return;
    }
    List<LookAlike> similar = clients.lookAlikes(name, phone);
    if (similar.isEmpty()) {
      return;
    }
    lookAlikes.add(new Paragraph(getTranslation("client.lookAlikes")));
    for (LookAlike l : similar) {
      String why = getTranslation(l.sameName() ? "client.sameName" : "client.samePhone");
      if (l.visibleCompanyId() != null) {
        lookAlikes.add(
            new Div(
                new RouterLink(
                    l.legalName() + " — " + why, ClientDetailView.class, l.visibleCompanyId())));
      } else {
        lookAlikes.add(new Div(l.legalName() + " — " + why));
      }
    }
  }

  @Override
  public String getPageTitle() {
    return getTranslation("client.new");
  }
}
