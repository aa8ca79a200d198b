package com.onewindow.backoffice.plan.ui;

import com.onewindow.backoffice.base.ui.Keyboard;
import com.onewindow.shared.crm.ActivityRow;
import com.onewindow.shared.crm.ActivityService;
import com.onewindow.shared.crm.ActivityType;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/**
 * Corrects one's own activity; after its day a note is required, and kept. Enter saves, except in
 * the note, where it starts a new line; Esc closes.
 */
class CorrectionDialog extends Dialog {

  CorrectionDialog(ActivityService activities, ActivityRow activity, Runnable done) {
    setHeaderTitle(getTranslation("activity.correct"));
    var type = new Select<ActivityType>();
    type.setLabel(getTranslation("activity.type"));
    type.setItems(ActivityType.values());
    type.setItemLabelGenerator(t -> getTranslation("activityType." + t));
    type.setValue(activity.type());
    var outcome = new TextField(getTranslation("activity.outcome"));
    outcome.setValue(activity.outcome() == null ? "" : activity.outcome());
    var note = new TextArea(getTranslation("activity.correctionNote"));
    note.setHelperText(getTranslation("activity.correctionNoteHelp"));
    Keyboard.keepEnterForNewLines(note);
    add(new FormLayout(type, outcome, note));
    var save =
        new Button(
            getTranslation("action.save"),
            e -> {
              activities.correct(
                  activity.id(), type.getValue(), outcome.getValue(), note.getValue());
              done.run();
              close();
            });
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    // Enter in the type or outcome saves; in the note it starts a new line
    save.addClickShortcut(Key.ENTER).resetFocusOnActiveElement();
    getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
  }
}
