package com.onewindow.shared.request;

import com.onewindow.shared.audit.AuditChange;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** The fields of a request an action may change, to tell the audit trail what changed. */
record RequestSnapshot(Map<String, @Nullable Object> fields) {

  static RequestSnapshot of(ConnectionRequest r) {
    var fields = new LinkedHashMap<String, @Nullable Object>();
    fields.put("status", r.getStatus());
    fields.put("heldFrom", r.heldFrom().orElse(null));
    fields.put("assignee", r.getAssignee() == null ? null : r.getAssignee().getFullName());
    fields.put("installDate", r.getInstallDate());
    fields.put("installWindow", r.getInstallWindow());
    fields.put("installed", r.isInstalled());
    fields.put("surveyFeasible", r.surveyFeasible().orElse(null));
    fields.put("rejectReason", r.getRejectReason());
    fields.put("events", r.getEvents().size());
    return new RequestSnapshot(fields);
  }

  /**
   * Every field that differs, old and new value as data (enum names, ISO dates, true/false), then
   * the action's free text if it has one, e.g. status IN_REVIEW → REJECTED, rejectReason — →
   * INVALID, text "Адрес не существует".
   */
  List<AuditChange> changesTo(RequestSnapshot after, @Nullable String text) {
    List<AuditChange> changes = new ArrayList<>();
    fields.forEach(
        (name, before) -> {
          Object now = after.fields().get(name);
          if (!name.equals("events") && !Objects.equals(before, now)) {
            changes.add(new AuditChange(name, value(before), value(now)));
          }
        });
    if (text != null && !text.isBlank()) {
      changes.add(new AuditChange("text", null, text.strip()));
    }
    return changes;
  }

  private static @Nullable String value(@Nullable Object value) {
    return switch (value) {
      case null -> null;
      case Enum<?> e -> e.name();
      default -> value.toString();
    };
  }
}
