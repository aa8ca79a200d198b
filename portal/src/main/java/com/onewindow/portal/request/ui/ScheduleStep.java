package com.onewindow.portal.request.ui;

import com.onewindow.shared.request.ConnectionRequest;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;

/** Step 4: when the customer would like the connection, and anything to add. */
class ScheduleStep extends VerticalLayout {

  ScheduleStep(ConnectWizardView wizard) {
    setPadding(false);
    var draft = wizard.draft;
    var date = new DatePicker(getTranslation("wizard.desiredDate"));
    date.setLocale(getLocale());
    date.setMin(wizard.today());
    date.setValue(draft.desiredDate());
    date.setHelperText(getTranslation("wizard.desiredDate.help"));
    date.addValueChangeListener(
        e -> {
          draft.desiredDate = e.getValue() == null ? null : e.getValue().toString();
          wizard.changed();
        });
    wizard.fields.put("desiredDate", date);
    var comment = new TextArea(getTranslation("wizard.comment"));
    comment.setMaxLength(ConnectionRequest.COMMENT_MAX);
    comment.setWidthFull();
    comment.setValue(draft.comment);
    comment.addValueChangeListener(
        e -> {
          draft.comment = e.getValue();
          wizard.changed();
        });
    wizard.fields.put("comment", comment);
    add(date, comment);
  }
}
