package com.onewindow.backoffice.request.ui;

import com.onewindow.shared.request.RequestDetails;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;

/**
 * Writes on the request (B4): an internal note for colleagues, or a message the customer sees in
 * the portal and gets by mail. Two buttons, each saying where the text goes.
 */
class NoteForm extends Div {

  NoteForm(RequestDetailView view, RequestDetails d, RequestActions actions) {
    addClassName("detail-section");
    var text = new TextArea(getTranslation("notes.text"));
    text.setWidthFull();
    text.setMaxLength(4000);
    text.setHelperText(getTranslation("notes.help"));
    var note =
        new Button(
            getTranslation("notes.addInternal"),
            VaadinIcon.LOCK.create(),
            e -> write(view, text, () -> actions.note(d, text.getValue()), "notes.done.internal"));
    var message =
        new Button(
            getTranslation("notes.sendToCustomer"),
            VaadinIcon.ENVELOPE_O.create(),
            e ->
                write(view, text, () -> actions.message(d, text.getValue()), "notes.done.message"));
    message.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    add(new H2(getTranslation("notes.title")), text, new HorizontalLayout(note, message));
  }

  private static void write(
      RequestDetailView view, TextArea text, Runnable action, String doneKey) {
    if (text.getValue().isBlank()) {
      text.setErrorMessage(view.getTranslation("detail.field.required"));
      text.setInvalid(true);
      return;
    }
    view.perform(action, doneKey);
  }
}
