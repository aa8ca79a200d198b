package com.onewindow.backoffice.inbound.ui;

import com.onewindow.shared.catalog.Industry;
import com.onewindow.shared.crm.ClientService;
import com.onewindow.shared.crm.DuplicateInn;
import com.onewindow.shared.crm.NewClient;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.LongConsumer;

/** Enters a caller's company while they are on the line: INN, name, phone, industry. */
class QuickClientDialog extends Dialog {

  QuickClientDialog(ClientService clients, LongConsumer created) {
    setHeaderTitle(getTranslation("client.new"));
    var inn = new TextField(getTranslation("client.inn"));
    var name = new TextField(getTranslation("client.name"));
    var phone = new TextField(getTranslation("client.phone"));
    var industry = new Select<Industry>();
    industry.setLabel(getTranslation("client.industry"));
    industry.setItems(Industry.values());
    industry.setItemLabelGenerator(i -> getTranslation("industry." + i));
    industry.setValue(Industry.OFFICES);
    add(new FormLayout(inn, name, phone, industry));
    var save =
        new Button(
            getTranslation("action.save"),
            e -> {
              try {
                long id =
                    clients.create(
                        new NewClient(
                            inn.getValue(),
                            null,
                            name.getValue(),
                            industry.getValue(),
                            phone.getValue(),
                            false,
                            null,
                            null,
                            null,
                            null));
                close();
                created.accept(id);
              } catch (DuplicateInn duplicate) {
                close();
                var existing = duplicate.check().visibleCompanyId();
                if (existing != null) {
                  created.accept(existing);
                }
              }
            });
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
  }
}
