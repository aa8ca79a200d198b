package com.onewindow.shared.request;

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

  /** "field: old → new" for every field that differs, e.g. "status: SUBMITTED → IN_REVIEW". */
  String changesTo(RequestSnapshot after, @Nullable String text) {
    List<String> changes = new ArrayList<>();
    fields.forEach(
        (name, before) -> {
          Object now = after.fields().get(name);
          if (!name.equals("events") && !Objects.equals(before, now)) {
            changes.add(name + ": " + show(before) + " → " + show(now));
          }
        });
    if (text != null && !text.isBlank()) {
      changes.add("text: " + text.strip());
    }
    return changes.isEmpty() ? "—" : String.join("; ", changes);
  }

  private static String show(@Nullable Object value) {
    return value == null ? "—" : value.toString();
  }
}
