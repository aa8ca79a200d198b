package com.onewindow.backoffice.request.ui;

import com.onewindow.shared.common.Translator;
import com.onewindow.shared.request.RequestDetails.TimelineEntry;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Says what a timeline step decided besides its status, in the reader's language: the timeline
 * keeps a survey's result and a rejection's reason as values, this turns them into "Подключение
 * невозможно" and "Причина: Дубликат", and labels what the person wrote by what it is (the survey's
 * notes, which the customer never reads; a rejection's explanation; what a hold waits for).
 */
final class TimelineFormat {

  private final Translator translations;

  TimelineFormat(Translator translations) {
    this.translations = translations;
  }

  /** The step's decisions, one line each; empty for a step that decided nothing. */
  List<String> decisions(TimelineEntry entry) {
    var lines = new ArrayList<String>(2);
    if (entry.surveyFeasible() != null) {
      lines.add(
          translations.get(entry.surveyFeasible() ? "survey.feasible" : "survey.notFeasible"));
    }
    if (entry.rejectReason() != null) {
      lines.add(
          translations.get(
              "timeline.rejectReason", translations.get("rejectReason." + entry.rejectReason())));
    }
    return lines;
  }

  /** What the person wrote, labelled by what it is; a note or a message stands alone. */
  @Nullable String text(TimelineEntry entry) {
    String text = entry.text();
    if (text == null) {
      return null;
    }
    return switch (entry.type()) {
      case SURVEY_RECORDED -> translations.get("timeline.surveyNotes", text);
      case REJECTED -> translations.get("timeline.explanation", text);
      case PUT_ON_HOLD -> translations.get("timeline.awaited", text);
      case CANCELLED -> translations.get("timeline.cancelReason", text);
      default -> text;
    };
  }
}
