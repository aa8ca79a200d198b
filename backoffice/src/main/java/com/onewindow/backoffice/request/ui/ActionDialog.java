package com.onewindow.backoffice.request.ui;

import com.onewindow.backoffice.base.ui.Keyboard;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * A dialog for one workflow action: labelled fields, Enter submits, Esc cancels. In a text area
 * Enter starts a new line, as people expect when they write a reason; Ctrl+Enter submits from
 * anywhere. A refused action keeps the dialog open with what was typed; a destructive one says so
 * and has a red button.
 */
class ActionDialog extends Dialog {

  private final VerticalLayout form = new VerticalLayout();
  private final List<BooleanSupplier> checks = new ArrayList<>();
  private final Button confirm;

  ActionDialog(Component owner, String title, String confirmLabel, boolean destructive) {
    setHeaderTitle(title);
    setCloseOnEsc(true);
    setCloseOnOutsideClick(false);
    setWidth("32rem");
    form.setPadding(false);
    add(form);
    if (destructive) {
      var warning = new Paragraph(owner.getTranslation("detail.dialog.irreversible"));
      warning.addClassName("dialog-warning");
      form.add(warning);
    }
    confirm = new Button(confirmLabel);
    confirm.addThemeVariants(destructive ? ButtonVariant.LUMO_ERROR : ButtonVariant.LUMO_PRIMARY);
    if (destructive) {
      confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    }
    // blurring the focused field first sends its typed value before the click reads it
    confirm.addClickShortcut(Key.ENTER).resetFocusOnActiveElement();
    confirm.addClickShortcut(Key.ENTER, KeyModifier.CONTROL).resetFocusOnActiveElement();
    confirm.addClickShortcut(Key.ENTER, KeyModifier.META).resetFocusOnActiveElement();
    var cancel = new Button(owner.getTranslation("detail.dialog.cancel"), e -> close());
    cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
    getFooter().add(cancel, confirm);
  }

  /** Adds a field that must not be left empty; its error shows next to it. */
  <T extends Component & HasValue<?, ?>> T required(T field, String errorMessage) {
    form.add(field);
    if (field instanceof com.vaadin.flow.component.HasValidation v) {
      checks.add(
          () -> {
            boolean ok = !field.isEmpty() && !String.valueOf(field.getValue()).isBlank();
            v.setErrorMessage(errorMessage);
            v.setInvalid(!ok);
            return ok;
          });
    }
    field.setRequiredIndicatorVisible(true);
    if (field instanceof TextArea area) {
      Keyboard.keepEnterForNewLines(area);
    }
    return field;
  }

  void addText(String text) {
    form.add(new Paragraph(text));
  }

  /** What the confirm button does; a refusal shows next to the form and keeps it open. */
  void onConfirm(Runnable action) {
    confirm.addClickListener(
        e -> {
          boolean valid = true;
          for (BooleanSupplier check : checks) {
            valid &= check.getAsBoolean();
          }
          if (valid) {
            action.run();
          }
        });
  }
}
