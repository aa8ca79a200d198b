package com.onewindow.backoffice.request.ui;

import com.onewindow.shared.request.InstallWindow;
import com.onewindow.shared.request.RejectReason;
import com.onewindow.shared.request.RequestAction;
import com.onewindow.shared.request.RequestDetailService;
import com.onewindow.shared.request.RequestDetailService.Colleague;
import com.onewindow.shared.request.RequestDetails;
import com.onewindow.shared.request.RequestWorkflowService;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;

/**
 * The workflow actions of the detail page: simple ones run at once, the others open a dialog with
 * their fields. Every action is based on the version of the request the user is looking at.
 */
class RequestActions {

  private final RequestWorkflowService workflow;
  private final RequestDetailService details;

  RequestActions(RequestWorkflowService workflow, RequestDetailService details) {
    this.workflow = workflow;
    this.details = details;
  }

  void start(RequestDetailView view, RequestDetails d, RequestAction action) {
    long id = d.id();
    long v = d.version();
    switch (action) {
      case CLAIM -> view.perform(() -> workflow.claim(id, v), "detail.done.CLAIM");
      case START_SURVEY ->
          view.perform(() -> workflow.startSurvey(id, v), "detail.done.START_SURVEY");
      case RESUME -> view.perform(() -> workflow.resume(id, v), "detail.done.RESUME");
      case ASSIGN -> assign(view, d);
      case RECORD_SURVEY -> survey(view, d);
      case SCHEDULE -> schedule(view, d);
      case MARK_INSTALLED ->
          confirm(
              view, action, () -> workflow.markInstalled(id, v), "detail.confirm.MARK_INSTALLED");
      case ACTIVATE ->
          confirm(view, action, () -> workflow.activate(id, v), "detail.confirm.ACTIVATE");
      case PUT_ON_HOLD -> hold(view, d);
      case REJECT -> reject(view, d);
      case CANCEL -> cancel(view, d);
      case ADD_LINE, SUBMIT -> {}
    }
  }

  void note(RequestDetails d, String text) {
    workflow.addInternalNote(d.id(), text);
  }

  void message(RequestDetails d, String text) {
    workflow.postMessage(d.id(), text);
  }

  private void confirm(RequestDetailView view, RequestAction action, Runnable run, String textKey) {
    var dialog = dialog(view, action, false);
    dialog.addText(view.getTranslation(textKey));
    dialog.onConfirm(() -> done(view, dialog, run, action));
    dialog.open();
  }

  private void assign(RequestDetailView view, RequestDetails d) {
    var dialog = dialog(view, RequestAction.ASSIGN, false);
    var who = new ComboBox<Colleague>(view.getTranslation("detail.field.colleague"));
    who.setItems(details.colleagues(d.id()));
    who.setItemLabelGenerator(Colleague::fullName);
    who.setWidthFull();
    dialog.required(who, view.getTranslation("detail.field.required"));
    dialog.onConfirm(
        () ->
            done(
                view,
                dialog,
                () -> workflow.assign(d.id(), d.version(), who.getValue().id()),
                RequestAction.ASSIGN));
    dialog.open();
    who.focus();
  }

  private void survey(RequestDetailView view, RequestDetails d) {
    var dialog = dialog(view, RequestAction.RECORD_SURVEY, false);
    var result = new RadioButtonGroup<Boolean>(view.getTranslation("detail.field.surveyResult"));
    result.setItems(true, false);
    result.setItemLabelGenerator(
        feasible -> view.getTranslation(feasible ? "survey.feasible" : "survey.notFeasible"));
    dialog.required(result, view.getTranslation("detail.field.required"));
    var notes = textArea(view, "detail.field.surveyNotes");
    dialog.required(notes, view.getTranslation("detail.field.required"));
    dialog.addText(view.getTranslation("detail.hint.notFeasible"));
    dialog.onConfirm(
        () ->
            done(
                view,
                dialog,
                () ->
                    workflow.recordSurvey(d.id(), d.version(), result.getValue(), notes.getValue()),
                RequestAction.RECORD_SURVEY));
    dialog.open();
  }

  private void schedule(RequestDetailView view, RequestDetails d) {
    var dialog = dialog(view, RequestAction.SCHEDULE, false);
    dialog.addText(view.getTranslation("detail.hint.zone", d.branchZone().getId()));
    var date = new DatePicker(view.getTranslation("detail.field.installDate"));
    date.setMin(LocalDate.now(d.branchZone()));
    date.setLocale(com.vaadin.flow.component.UI.getCurrent().getLocale());
    date.setWidthFull();
    // typed dates (keyboard users) should not be covered by the calendar; its button opens it
    date.setAutoOpen(false);
    if (d.desiredDate() != null && !d.desiredDate().isBefore(date.getMin())) {
      date.setValue(d.desiredDate());
    }
    dialog.required(date, view.getTranslation("detail.field.required"));
    var window = new Select<InstallWindow>();
    window.setLabel(view.getTranslation("detail.field.installWindow"));
    window.setItems(InstallWindow.values());
    window.setItemLabelGenerator(w -> view.getTranslation("window." + w));
    window.setWidthFull();
    dialog.required(window, view.getTranslation("detail.field.required"));
    dialog.onConfirm(
        () ->
            done(
                view,
                dialog,
                () -> workflow.schedule(d.id(), d.version(), date.getValue(), window.getValue()),
                RequestAction.SCHEDULE));
    dialog.open();
    date.focus();
  }

  private void hold(RequestDetailView view, RequestDetails d) {
    var dialog = dialog(view, RequestAction.PUT_ON_HOLD, false);
    var awaited = textArea(view, "detail.field.awaited");
    dialog.required(awaited, view.getTranslation("detail.field.required"));
    dialog.onConfirm(
        () ->
            done(
                view,
                dialog,
                () -> workflow.putOnHold(d.id(), d.version(), awaited.getValue()),
                RequestAction.PUT_ON_HOLD));
    dialog.open();
    awaited.focus();
  }

  private void reject(RequestDetailView view, RequestDetails d) {
    var dialog = dialog(view, RequestAction.REJECT, true);
    var reason = new Select<RejectReason>();
    reason.setLabel(view.getTranslation("detail.field.rejectReason"));
    reason.setItems(RejectReason.values());
    reason.setItemLabelGenerator(r -> view.getTranslation("rejectReason." + r));
    reason.setWidthFull();
    dialog.required(reason, view.getTranslation("detail.field.required"));
    var text = textArea(view, "detail.field.explanation");
    dialog.required(text, view.getTranslation("detail.field.required"));
    dialog.onConfirm(
        () ->
            done(
                view,
                dialog,
                () -> workflow.reject(d.id(), d.version(), reason.getValue(), text.getValue()),
                RequestAction.REJECT));
    dialog.open();
  }

  private void cancel(RequestDetailView view, RequestDetails d) {
    var dialog = dialog(view, RequestAction.CANCEL, true);
    var reason = textArea(view, "detail.field.cancelReason");
    dialog.required(reason, view.getTranslation("detail.field.required"));
    dialog.onConfirm(
        () ->
            done(
                view,
                dialog,
                () -> workflow.cancel(d.id(), d.version(), reason.getValue()),
                RequestAction.CANCEL));
    dialog.open();
    reason.focus();
  }

  private static ActionDialog dialog(
      RequestDetailView view, RequestAction action, boolean destructive) {
    return new ActionDialog(
        view,
        view.getTranslation("action." + action),
        view.getTranslation("detail.confirmButton." + action),
        destructive);
  }

  private static TextArea textArea(RequestDetailView view, String labelKey) {
    var area = new TextArea(view.getTranslation(labelKey));
    area.setWidthFull();
    area.setMaxLength(2000);
    return area;
  }

  private static void done(
      RequestDetailView view, ActionDialog dialog, Runnable run, RequestAction action) {
    // a refused rule propagates to the error handler and the dialog stays open with its input
    if (view.perform(run, "detail.done." + action)) {
      dialog.close();
    }
  }
}
