package com.onewindow.shared.request;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * A queue filter as SQL over {@code connection_request r}: the WHERE clause with its parameters,
 * and which columns it pins to a single value (branch, channel, status, assignee, company), so the
 * page can walk the index that holds its rows in the order asked for.
 */
final class QueueConditions {

  private final List<String> where = new ArrayList<>();
  private final MapSqlParameterSource params = new MapSqlParameterSource();
  private @Nullable Long branch;
  private @Nullable Channel channel;
  private @Nullable RequestStatus status;
  private @Nullable Long assignee;
  private @Nullable Long company;
  private boolean byNumber;
  private boolean overdue;
  private boolean openStatusesOnly;

  /**
   * The conditions of a filter in a scope (a branch, or null for all). {@code withStatus} false
   * leaves the filter's own status choice out, for the counts per status.
   */
  static QueueConditions of(
      QueueFilter filter,
      @Nullable Long scope,
      long me,
      Instant now,
      SlaPolicy sla,
      QueueSearch search,
      boolean withStatus) {
    var conditions = new QueueConditions();
    conditions.branch(scope != null ? scope : filter.branchId());
    conditions.statuses(withStatus ? filter.statuses() : Set.of());
    conditions.channel(filter.channel());
    if (filter.mine()) {
      conditions.assignee(me);
    }
    if (filter.unassigned()) {
      conditions.where.add("r.assignee_id IS NULL");
    }
    if (filter.overdue()) {
      conditions.overdue(sla, now);
    }
    search.addTo(conditions);
    return conditions;
  }

  String where() {
    return String.join(" AND ", where);
  }

  MapSqlParameterSource params() {
    return params;
  }

  @Nullable Long branch() {
    return branch;
  }

  @Nullable Channel channel() {
    return channel;
  }

  @Nullable RequestStatus status() {
    return status;
  }

  @Nullable Long assignee() {
    return assignee;
  }

  @Nullable Long company() {
    return company;
  }

  boolean byNumber() {
    return byNumber;
  }

  /** Whether only overdue requests are asked for: open ones, past a due date. */
  boolean overdue() {
    return overdue;
  }

  /**
   * Whether several statuses are asked for and none is final: open work, a small share of all
   * requests however many there are, better found by status than by walking every submission.
   */
  boolean openStatusesOnly() {
    return openStatusesOnly;
  }

  void add(String condition) {
    where.add(condition);
  }

  void param(String name, Object value) {
    params.addValue(name, value);
  }

  void company(long id) {
    company = id;
    where.add("r.company_id = :company");
    params.addValue("company", id);
  }

  void numberRange(String from, @Nullable String before, String like) {
    byNumber = true;
    where.add("r.number >= :numberFrom AND r.number LIKE :number ESCAPE '!'");
    params.addValue("numberFrom", from).addValue("number", like);
    if (before != null) {
      where.add("r.number < :numberBefore");
      params.addValue("numberBefore", before);
    }
  }

  private void branch(@Nullable Long id) {
    if (id != null) {
      branch = id;
      where.add("r.branch_id = :branch");
      params.addValue("branch", id);
    }
  }

  private void statuses(Set<RequestStatus> statuses) {
    if (statuses.isEmpty()) {
      where.add("r.status <> 'DRAFT'");
    } else if (statuses.size() == 1) {
      status = statuses.iterator().next();
      where.add("r.status = :status");
      params.addValue("status", status.name());
    } else {
      openStatusesOnly = statuses.stream().noneMatch(RequestStatus::isFinal);
      where.add("r.status IN (:statuses)");
      params.addValue("statuses", statuses.stream().map(Enum::name).sorted().toList());
    }
  }

  private void channel(@Nullable Channel wanted) {
    if (wanted != null) {
      channel = wanted;
      where.add("r.channel = :channel");
      params.addValue("channel", wanted.name());
    }
  }

  private void assignee(long staffId) {
    assignee = staffId;
    where.add("r.assignee_id = :assignee");
    params.addValue("assignee", staffId);
  }

  /**
   * Overdue: per channel, still unanswered past the first-response target, or in work past the
   * activation target. Requests on hold are paused, never overdue.
   */
  private void overdue(SlaPolicy sla, Instant now) {
    overdue = true;
    // what every overdue request has in common, as a range of ix_request_(branch_)status_sla: open,
    // and started before the shortest target ago; the exact rule per channel follows
    Duration shortest =
        Arrays.stream(Channel.values())
            .map(sla::of)
            .flatMap(t -> Stream.of(t.firstResponse(), t.activation()))
            .min(Comparator.naturalOrder())
            .orElseThrow();
    where.add("r.status IN (:open) AND r.sla_started_at < :overdueBefore");
    params
        .addValue(
            "open", Stream.concat(Stream.of("SUBMITTED"), names(RequestQueue.WORKING)).toList())
        .addValue("overdueBefore", utc(now.minus(shortest)));
    List<String> any = new ArrayList<>();
    params.addValue("working", names(RequestQueue.WORKING).toList());
    for (Channel c : Channel.values()) {
      var target = sla.of(c);
      String name = c.name().toLowerCase();
      params
          .addValue("sla_" + name, c.name())
          .addValue("firstDue_" + name, utc(now.minus(target.firstResponse())))
          .addValue("activationDue_" + name, utc(now.minus(target.activation())));
      any.add(
          "(r.channel = :sla_%1$s AND r.status = 'SUBMITTED' AND r.sla_started_at < :firstDue_%1$s)"
              .formatted(name));
      any.add(
          ("(r.channel = :sla_%1$s AND r.status IN (:working)"
                  + " AND r.sla_started_at < :activationDue_%1$s)")
              .formatted(name));
    }
    where.add("(" + String.join(" OR ", any) + ")");
  }

  private static Stream<String> names(Set<RequestStatus> statuses) {
    return statuses.stream().map(Enum::name).sorted();
  }

  /** Instants are stored as UTC wall times (hibernate.jdbc.time_zone=UTC). */
  static LocalDateTime utc(Instant instant) {
    return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
  }
}
