package com.onewindow.shared.request;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;

/**
 * How a page of the queue is read: the ORDER BY and, for the usual order (newest submission first
 * or last), the index to walk.
 *
 * <p>A page of 50 out of a million rows is cheap only if the database walks an index already in the
 * asked order and stops after 50 matches; otherwise it reads every match and sorts. Left to
 * themselves, H2 and MySQL pick the index by the filter's selectivity and often sort hundreds of
 * thousands of rows (H2: 93 s for the head office's first page over 1,000,000 requests). So the
 * walk is named: the index whose leading columns are the ones the filter pins to one value (branch,
 * then assignee, channel or status; or the one company searched for), then {@code submitted_at}.
 * The pinned columns lead the ORDER BY too: they are constant, so the order is the same, and H2
 * recognises the index as sorted only when the ORDER BY starts with its columns.
 */
record QueueOrder(@Nullable String index, String orderBy) {

  /**
   * Which database answers: H2 needs the pinned columns in the ORDER BY and does not narrow a
   * four-column index by an IN list; MySQL and MariaDB see constants themselves and answer open
   * work from a covering index.
   */
  enum Database {
    H2,
    MYSQL
  }

  static QueueOrder of(QueueConditions conditions, Sort sort, Database database) {
    Sort.Order first = sort.iterator().hasNext() ? sort.iterator().next() : null;
    String column = first == null ? "submittedAt" : first.getProperty();
    String direction = first == null || first.isDescending() ? "DESC" : "ASC";
    String other = other(column);
    if (other != null) {
      return new QueueOrder(null, other + " " + direction + ", r.id " + direction);
    }
    var walk = walk(conditions, database);
    List<String> order = new ArrayList<>();
    for (String pinned : walk.pinned()) {
      if (database == Database.H2 || NUMERIC.contains(pinned)) {
        order.add(pinned + " " + direction);
      }
    }
    order.add("r.submitted_at " + direction);
    order.add("r.id " + direction);
    return new QueueOrder(walk.index(), String.join(", ", order));
  }

  /** The table reference with the walk named, for the FROM clause. */
  String from() {
    return index == null
        ? "connection_request r"
        : "connection_request r USE INDEX (" + index + ")";
  }

  private static final Set<String> NUMERIC = Set.of("r.branch_id", "r.assignee_id", "r.company_id");

  private record Walk(@Nullable String index, List<String> pinned) {}

  private static Walk walk(QueueConditions c, Database database) {
    if (c.byNumber()) {
      return new Walk(null, List.of()); // the number's unique index finds a handful of rows
    }
    if (c.company() != null) {
      return new Walk("ix_request_company_submitted", List.of("r.company_id"));
    }
    if (c.branch() != null && c.assignee() != null) {
      return new Walk(
          "ix_request_branch_assignee_submitted", List.of("r.branch_id", "r.assignee_id"));
    }
    // open work is small and overdue work is old: walking back from the newest would pass most of
    // the history to find it, so read it by status and sort what is found
    if (c.overdue()) {
      return new Walk(
          c.branch() != null ? "ix_request_branch_status_sla" : "ix_request_overdue", List.of());
    }
    if (c.openStatusesOnly()) {
      return new Walk(
          c.branch() != null
              ? "ix_request_branch_status_submitted"
              : database == Database.H2 ? "ix_request_status_submitted" : "ix_request_open_work",
          List.of());
    }
    if (c.branch() != null) {
      if (c.channel() != null) {
        return new Walk("ix_request_branch_channel_submitted", List.of("r.branch_id", "r.channel"));
      }
      if (c.status() != null) {
        return new Walk("ix_request_branch_status_submitted", List.of("r.branch_id", "r.status"));
      }
      return new Walk("ix_request_branch_submitted", List.of("r.branch_id"));
    }
    if (c.channel() != null) {
      return new Walk("ix_request_channel_submitted", List.of("r.channel"));
    }
    if (c.status() != null) {
      return new Walk("ix_request_status_submitted", List.of("r.status"));
    }
    return new Walk("ix_request_submitted", List.of());
  }

  /** The column of a sort other than by submission; null for submission (and anything else). */
  private static @Nullable String other(String property) {
    return switch (property) {
      case "number" -> "r.number";
      case "status" -> "r.status";
      case "sla" -> "r.sla_started_at";
      default -> null;
    };
  }
}
