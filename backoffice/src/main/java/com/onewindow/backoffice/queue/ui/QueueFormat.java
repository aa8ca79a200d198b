package com.onewindow.backoffice.queue.ui;

import com.onewindow.shared.request.RequestStatus;
import com.onewindow.shared.request.SlaState;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** How the queue and the detail page show statuses, SLA states and ages. */
public final class QueueFormat {

  private QueueFormat() {}

  public static Span statusBadge(Component owner, RequestStatus status) {
    var badge = new Span(owner.getTranslation("status." + status));
    badge.addClassNames("badge", "status-" + status.name().toLowerCase().replace('_', '-'));
    return badge;
  }

  public static Span slaBadge(Component owner, SlaState state) {
    var badge = new Span(owner.getTranslation("sla." + state));
    badge.addClassNames("badge", "sla-" + state.name().toLowerCase().replace('_', '-'));
    if (state == SlaState.OVERDUE) {
      badge.getElement().setAttribute("title", owner.getTranslation("queue.overdueHint"));
    }
    return badge;
  }

  /**
   * A cell of two lines: the main value, and beneath it a related one, smaller and muted; each line
   * is cut with an ellipsis rather than widening the column.
   */
  static Div twoLines(@Nullable String main, @Nullable String beneath, String className) {
    var first = new Span(main == null ? "" : main);
    first.addClassName("queue-main");
    var cell = new Div(first);
    if (beneath != null) {
      var second = new Span(beneath);
      second.addClassName("queue-beneath");
      cell.add(second);
    }
    cell.addClassNames("queue-cell", className);
    return cell;
  }

  /** "3 d 4 h", "2 h 5 min", "12 min": how long the request has waited since submission. */
  public static String age(Component owner, @Nullable Instant since, Instant now) {
    if (since == null) {
      return "";
    }
    Duration age = Duration.between(since, now);
    if (age.isNegative()) {
      age = Duration.ZERO;
    }
    if (age.toDays() > 0) {
      return owner.getTranslation("age.days", age.toDays(), age.toHoursPart());
    }
    if (age.toHours() > 0) {
      return owner.getTranslation("age.hours", age.toHours(), age.toMinutesPart());
    }
    return owner.getTranslation("age.minutes", age.toMinutes());
  }
}
