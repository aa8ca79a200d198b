package com.onewindow.portal.request.ui;

import com.onewindow.shared.common.Translator;
import com.onewindow.shared.request.CustomerRequestDetail.TimelineEntry;
import com.onewindow.shared.request.RequestEventType;
import java.util.ArrayList;
import java.util.List;

/**
 * What a step of the customer's timeline says besides its name, in the customer's language: a
 * survey's result, a rejection's reason and explanation, what a hold waits for from them. The
 * timeline keeps these as values; a survey's own notes are for staff and never arrive here.
 */
final class CustomerTimelineFormat {

  private final Translator translations;

  CustomerTimelineFormat(Translator translations) {
    this.translations = translations;
  }

  /** The lines under the step, in reading order. */
  List<String> lines(TimelineEntry entry) {
    var lines = new ArrayList<String>(3);
    if (entry.surveyFeasible() != null) {
      lines.add(
          translations.get(entry.surveyFeasible() ? "survey.feasible" : "survey.notFeasible"));
    }
    if (entry.rejectReason() != null) {
      lines.add(
          translations.get(
              "timeline.rejectReason", translations.get("rejectReason." + entry.rejectReason())));
    }
    if (entry.text() != null) {
      lines.add(
          entry.type() == RequestEventType.PUT_ON_HOLD
              ? translations.get("request.timeline.awaited", entry.text())
              : entry.text());
    }
    return lines;
  }
}
