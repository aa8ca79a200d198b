package com.onewindow.backoffice.crm.ui;

import com.onewindow.shared.crm.AttributionService;
import com.onewindow.shared.crm.AttributionView;
import com.onewindow.shared.crm.StaffOption;
import com.onewindow.shared.request.Channel;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/** A head changes a request's channel and managers, with a reason that is recorded (C2). */
class AttributionDialog extends Dialog {

  AttributionDialog(
      AttributionService attribution, AttributionView request, Consumer<AttributionView> done) {
    setHeaderTitle(
        getTranslation("attribution.change")
            + " "
            + (request.number() == null ? "" : request.number()));
    // The people named now stay selectable even when they work elsewhere (an inbound agent in
    // Perm).
    var staff = new java.util.ArrayList<>(attribution.candidates());
    keep(staff, request.foundById(), request.foundBy());
    keep(staff, request.carriedById(), request.carriedBy());
    var channel = new Select<Channel>();
    channel.setLabel(getTranslation("request.channel"));
    channel.setItems(Channel.values());
    channel.setItemLabelGenerator(c -> getTranslation("channel." + c));
    channel.setValue(request.channel());
    var foundBy = staffBox("attribution.foundBy", staff, request.foundById());
    var carriedBy = staffBox("attribution.carriedBy", staff, request.carriedById());
    var reason = new TextArea(getTranslation("attribution.reason"));
    reason.setRequired(true);
    reason.setMaxLength(1000);
    var form = new FormLayout(channel, foundBy, carriedBy, reason);
    form.setColspan(reason, 2);
    add(form);
    var save =
        new Button(
            getTranslation("action.save"),
            e -> {
              if (reason.getValue().isBlank()) {
                reason.setInvalid(true);
                reason.setErrorMessage(getTranslation("attribution.reasonRequired"));
                return;
              }
              var changed =
                  attribution.change(
                      request.requestId(),
                      channel.getValue(),
                      foundBy.getValue() == null ? null : foundBy.getValue().id(),
                      carriedBy.getValue() == null ? null : carriedBy.getValue().id(),
                      reason.getValue());
              done.accept(changed);
              close();
            });
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
  }

  private static void keep(
      java.util.List<StaffOption> staff, @Nullable Long id, @Nullable String name) {
    if (id != null && name != null && staff.stream().noneMatch(s -> s.id() == id)) {
      staff.add(new StaffOption(id, name, null));
    }
  }

  private ComboBox<StaffOption> staffBox(
      String labelKey, java.util.List<StaffOption> staff, @Nullable Long selectedId) {
    var box = new ComboBox<StaffOption>(getTranslation(labelKey));
    box.setItems(staff);
    box.setItemLabelGenerator(s -> s.fullName() + " · " + getTranslation("unit." + s.unit()));
    box.setClearButtonVisible(true);
    staff.stream()
        .filter(s -> selectedId != null && s.id() == selectedId)
        .findFirst()
        .ifPresent(box::setValue);
    return box;
  }
}
