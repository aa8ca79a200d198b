package com.onewindow.backoffice.crm.ui;

import com.onewindow.shared.crm.Activity;
import com.onewindow.shared.crm.ActivityType;
import com.onewindow.shared.crm.ClientDetail;
import com.onewindow.shared.crm.Contract;
import com.onewindow.shared.crm.LogActivity;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The fields of an activity entry (C4), the same in Мой день's quick entry and on a client's card:
 * the type (a call unless changed), the contact person (optional, from the client's contacts), the
 * contract's number (shown only for a contract) and the outcome. The screen lays them out.
 */
public final class ActivityFields {

  private final ComboBox<ClientDetail.ContactRow> contact;
  private final Select<ActivityType> type = new Select<>();
  private final TextField number;
  private final TextField outcome;

  public ActivityFields(Component owner) {
    contact = new ComboBox<>(owner.getTranslation("activity.contact"));
    contact.setItemLabelGenerator(
        k -> k.position() == null ? k.fullName() : k.fullName() + " · " + k.position());
    contact.setClearButtonVisible(true);
    contact.setEnabled(false);
    type.setLabel(owner.getTranslation("activity.type"));
    type.setItems(ActivityType.values());
    type.setItemLabelGenerator(t -> owner.getTranslation("activityType." + t));
    type.setValue(ActivityType.CALL);
    number = new TextField(owner.getTranslation("contract.number"));
    number.setMaxLength(Contract.NUMBER_MAX);
    number.setVisible(false);
    type.addValueChangeListener(e -> number.setVisible(e.getValue() == ActivityType.CONTRACT));
    outcome = new TextField(owner.getTranslation("activity.outcome"));
    outcome.setMaxLength(Activity.OUTCOME_MAX);
  }

  /** The chosen client's contact persons; with none (or no client) there is nothing to pick. */
  public void offerContacts(List<ClientDetail.ContactRow> contacts) {
    contact.clear();
    contact.setItems(contacts);
    contact.setEnabled(!contacts.isEmpty());
  }

  /** What was entered, against the given client; no time means now. */
  public LogActivity entry(long companyId, @Nullable Instant occurredAt) {
    boolean contract = type.getValue() == ActivityType.CONTRACT;
    return new LogActivity(
        companyId,
        contact.getValue() == null ? null : contact.getValue().id(),
        type.getValue(),
        occurredAt,
        outcome.getValue(),
        contract ? number.getValue() : null);
  }

  /** Ready for the next activity of the same kind: the type and contact stay. */
  public void clearForNext() {
    number.clear();
    outcome.clear();
  }

  public ComboBox<ClientDetail.ContactRow> contact() {
    return contact;
  }

  public Select<ActivityType> type() {
    return type;
  }

  public TextField number() {
    return number;
  }

  public TextField outcome() {
    return outcome;
  }
}
