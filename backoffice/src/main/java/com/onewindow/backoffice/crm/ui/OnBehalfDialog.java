package com.onewindow.backoffice.crm.ui;

import com.onewindow.shared.catalog.CatalogProduct;
import com.onewindow.shared.catalog.CatalogService;
import com.onewindow.shared.company.Address;
import com.onewindow.shared.crm.ClientDetail;
import com.onewindow.shared.crm.OnBehalfRequest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Consumer;

/**
 * A one-site request staff enter for a client (the inbound desk for a caller, a manager for their
 * client): the address, one service, the contact person. Kept open when the service refuses it.
 */
public class OnBehalfDialog extends Dialog {

  public OnBehalfDialog(
      CatalogService catalog, ClientDetail client, Consumer<OnBehalfRequest> submit) {
    setHeaderTitle(getTranslation("desk.createRequest") + " — " + client.legalName());
    var city = new TextField(getTranslation("site.city"));
    var street = new TextField(getTranslation("site.street"));
    var house = new TextField(getTranslation("site.house"));
    var product = new Select<CatalogProduct>();
    product.setLabel(getTranslation("desk.product"));
    product.setItems(catalog.products());
    product.setItemLabelGenerator(p -> p.name().in(getLocale()));
    var option = new Select<CatalogProduct.Option>();
    option.setLabel(getTranslation("desk.option"));
    option.setEmptySelectionAllowed(true);
    option.setItemLabelGenerator(o -> o == null ? "—" : o.name().in(getLocale()));
    product.addValueChangeListener(e -> option.setItems(e.getValue().options()));
    var contactName = new TextField(getTranslation("contact.name"));
    var contactPhone = new TextField(getTranslation("contact.phone"));
    var contactEmail = new TextField(getTranslation("contact.email"));
    if (!client.contacts().isEmpty()) {
      var first = client.contacts().getFirst();
      contactName.setValue(first.fullName());
      contactPhone.setValue(first.phone() == null ? "" : first.phone());
      contactEmail.setValue(first.email() == null ? "" : first.email());
    }
    add(
        new FormLayout(
            city, street, house, product, option, contactName, contactPhone, contactEmail));
    var save =
        new Button(
            getTranslation("desk.submitRequest"),
            e -> {
              if (product.getValue() == null) {
                product.setInvalid(true);
                product.setErrorMessage(getTranslation("desk.productRequired"));
                return;
              }
              submit.accept(
                  new OnBehalfRequest(
                      client.id(),
                      new Address(city.getValue(), street.getValue(), house.getValue(), null),
                      product.getValue().id(),
                      option.getValue() == null ? null : option.getValue().id(),
                      contactName.getValue(),
                      contactPhone.getValue(),
                      contactEmail.getValue(),
                      null));
              close();
            });
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
  }
}
