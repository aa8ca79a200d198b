package com.onewindow.backoffice.crm.ui;

import com.onewindow.shared.crm.AttributionService;
import com.onewindow.shared.crm.AttributionView;
import com.onewindow.shared.crm.ContractView;
import com.onewindow.shared.crm.StaffOption;
import com.onewindow.shared.request.Channel;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A head changes the channel and managers of a request or a contract, with a reason that is
 * recorded (C2).
 */
class AttributionDialog extends Dialog {

  /** The change the dialog asks the service for. */
  @FunctionalInterface
  interface Change {
    void apply(
        Channel channel, @Nullable Long foundById, @Nullable Long carriedById, String reason);
  }

  /** What is attributed now. */
  private record Current(
      String title,
      Channel channel,
      @Nullable Long foundById,
      @Nullable String foundBy,
      @Nullable Long carriedById,
      @Nullable String carriedBy) {}

  static AttributionDialog forRequest(
      AttributionService attribution, AttributionView request, Runnable done) {
    return new AttributionDialog(
        attribution,
        new Current(
            request.number() == null ? "" : request.number(),
            request.channel(),
            request.foundById(),
            request.foundBy(),
            request.carriedById(),
            request.carriedBy()),
        (channel, found, carried, reason) ->
            attribution.change(request.requestId(), channel, found, carried, reason),
        done);
  }

  static AttributionDialog forContract(
      AttributionService attribution, ContractView contract, Runnable done) {
    return new AttributionDialog(
        attribution,
        new Current(
            contract.number() == null ? "" : contract.number(),
            contract.channel(),
            contract.foundById(),
            contract.foundBy(),
            contract.carriedById(),
            contract.carriedBy()),
        (channel, found, carried, reason) ->
            attribution.changeContract(contract.id(), channel, found, carried, reason),
        done);
  }

  private AttributionDialog(
      AttributionService attribution, Current current, Change change, Runnable done) {
    setHeaderTitle(getTranslation("attribution.change") + " " + current.title());
    // The people named now stay selectable even when they work elsewhere (an inbound agent in
    // Perm).
    var staff = new ArrayList<>(attribution.candidates());
    keep(staff, current.foundById(), current.foundBy());
    keep(staff, current.carriedById(), current.carriedBy());
    var channel = new Select<Channel>();
    channel.setLabel(getTranslation("request.channel"));
    channel.setItems(Channel.values());
    channel.setItemLabelGenerator(c -> getTranslation("channel." + c));
    channel.setValue(current.channel());
    var foundBy = staffBox("attribution.foundBy", staff, current.foundById());
    var carriedBy = staffBox("attribution.carriedBy", staff, current.carriedById());
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
              change.apply(
                  channel.getValue(),
                  foundBy.getValue() == null ? null : foundBy.getValue().id(),
                  carriedBy.getValue() == null ? null : carriedBy.getValue().id(),
                  reason.getValue());
              done.run();
              close();
            });
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
  }

  private static void keep(List<StaffOption> staff, @Nullable Long id, @Nullable String name) {
    if (id != null && name != null && staff.stream().noneMatch(s -> s.id() == id)) {
      staff.add(new StaffOption(id, name, null));
    }
  }

  private ComboBox<StaffOption> staffBox(
      String labelKey, List<StaffOption> staff, @Nullable Long selectedId) {
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
