package com.onewindow.backoffice.crm.ui;

import com.onewindow.shared.crm.ActivityRow;
import com.onewindow.shared.crm.ActivityService;
import com.onewindow.shared.crm.ClientDetail;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Logs an activity against the client whose card is open (C4), with the fields of Мой день's quick
 * entry and a time: now unless an earlier time of today is picked, in the client's branch zone, as
 * the card shows times. The outcome has the focus, so a call is the outcome and Enter; Esc closes.
 */
class LogActivityDialog extends Dialog {

  private final ClientDetail client;
  private final Clock clock;
  private final LocalTime opened;
  private final TimePicker time;

  LogActivityDialog(
      ActivityService activities, ClientDetail client, Clock clock, Consumer<ActivityRow> logged) {
    this.client = client;
    this.clock = clock;
    setHeaderTitle(getTranslation("activity.logTitle", client.legalName()));
    setCloseOnEsc(true);
    setCloseOnOutsideClick(false);
    setWidth("28rem");
    var fields = new ActivityFields(this);
    fields.offerContacts(client.contacts());
    opened = LocalTime.now(clock.withZone(client.homeZone())).truncatedTo(ChronoUnit.MINUTES);
    time = new TimePicker(getTranslation("activity.time"));
    time.setValue(opened);
    time.setMax(opened);
    time.setHelperText(getTranslation("activity.timeHelp", client.homeBranch().in(getLocale())));
    var form =
        new VerticalLayout(
            fields.type(), fields.contact(), fields.number(), fields.outcome(), time);
    form.setPadding(false);
    form.setSpacing(false);
    form.getChildren().forEach(c -> c.getElement().getStyle().set("width", "100%"));
    add(form);
    fields.outcome().setAutofocus(true);
    var save =
        new Button(
            getTranslation("activity.log"),
            e -> {
              logged.accept(activities.log(fields.entry(client.id(), occurredAt())));
              close();
            });
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    // blurring the focused field first sends its typed value before the click reads it
    save.addClickShortcut(Key.ENTER).resetFocusOnActiveElement();
    var cancel = new Button(getTranslation("action.cancel"), e -> close());
    cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
    getFooter().add(cancel, save);
  }

  /**
   * Null (the service stamps the moment of saving) unless another time was picked; a picked time is
   * today's in the client's zone. A time still ahead is refused by the service.
   */
  private @Nullable Instant occurredAt() {
    LocalTime picked = time.getValue();
    if (picked == null || Objects.equals(picked, opened)) {
      return null;
    }
    return clock.instant().atZone(client.homeZone()).with(picked).toInstant();
  }
}
