package com.onewindow.shared.demo;

import com.onewindow.shared.demo.LargeRequestRows.Row;
import com.onewindow.shared.request.Channel;
import com.onewindow.shared.request.RequestEventType;
import com.onewindow.shared.request.RequestStatus;
import com.onewindow.shared.security.Actor;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * How a bulk request is written: its row of connection_request, its one request_line and its latest
 * request_event, each column as the entities map it (enums by name, instants as UTC).
 */
final class LargeTables {

  /** Rows per INSERT statement; a batch of 5,000 requests is then 50 statements per table. */
  static final int ROWS_PER_STATEMENT = 100;

  static final MultiRowInsert<Row> REQUESTS =
      new MultiRowInsert<>(
          "connection_request",
          List.of(
              "id",
              "number",
              "company_id",
              "branch_id",
              "channel",
              "status",
              "held_from",
              "contact_name",
              "contact_phone",
              "contact_email",
              "desired_date",
              "assignee_id",
              "found_by_id",
              "carried_by_id",
              "install_date",
              "install_window",
              "installed",
              "reject_reason",
              "created_at",
              "submitted_at",
              "sla_started_at",
              "status_changed_at",
              "closed_at",
              "monthly_total",
              "one_time_total",
              "version"),
          ROWS_PER_STATEMENT,
          (p, r) ->
              p.id(r.id())
                  .text(r.number())
                  .id(r.site().companyId())
                  .id(r.site().branchId())
                  .text(r.channel())
                  .text(r.status())
                  .text(r.status() == RequestStatus.ON_HOLD ? r.eventFrom() : null)
                  .text(r.contact().name())
                  .text(r.contact().phone())
                  .text(r.contact().email())
                  .date(r.desiredDate())
                  .id(r.assignee() == null ? null : r.assignee().id())
                  .id(foundBy(r))
                  .id(r.seller() == null ? null : r.seller().id())
                  .date(r.installDate())
                  .text(r.installWindow())
                  .flag(r.status() == RequestStatus.ACTIVATED)
                  .text(r.rejectReason())
                  .time(r.createdAt())
                  .time(r.submittedAt())
                  .time(r.submittedAt())
                  .time(r.changedAt())
                  .time(r.isFinal() ? r.changedAt() : null)
                  .money(r.option().monthly())
                  .money(r.option().oneTime())
                  .id(0L));

  static final MultiRowInsert<Row> LINES =
      new MultiRowInsert<>(
          "request_line",
          List.of(
              "request_id",
              "line_no",
              "site_id",
              "product_id",
              "option_id",
              "monthly_price",
              "one_time_price"),
          ROWS_PER_STATEMENT,
          (p, r) ->
              p.id(r.id())
                  .integer(1)
                  .id(r.site().id())
                  .id(r.option().productId())
                  .id(r.option().optionId())
                  .money(r.option().monthly())
                  .money(r.option().oneTime()));

  static final MultiRowInsert<Row> EVENTS =
      new MultiRowInsert<>(
          "request_event",
          List.of(
              "request_id",
              "occurred_at",
              "type",
              "from_status",
              "to_status",
              "actor_kind",
              "actor_id",
              "actor_name",
              "text",
              "customer_visible",
              "visit_date",
              "visit_window",
              "reject_reason"),
          ROWS_PER_STATEMENT,
          (p, r) ->
              p.id(r.id())
                  .time(r.changedAt())
                  .text(r.eventType())
                  .text(r.eventFrom())
                  .text(r.status())
                  .text(r.eventActor() == null ? Actor.Kind.SYSTEM : Actor.Kind.STAFF)
                  .id(r.eventActor() == null ? null : r.eventActor().id())
                  .text(r.eventActor() == null ? Actor.system().name() : r.eventActor().name())
                  .text(r.eventText())
                  .flag(true)
                  .date(r.eventType() == RequestEventType.SCHEDULED ? r.installDate() : null)
                  .text(r.eventType() == RequestEventType.SCHEDULED ? r.installWindow() : null)
                  .text(r.eventType() == RequestEventType.REJECTED ? r.rejectReason() : null));

  private LargeTables() {}

  private static @Nullable Long foundBy(Row row) {
    boolean foundByThem = row.channel() != Channel.ONLINE && row.channel() != Channel.SERVICE;
    return foundByThem && row.seller() != null ? row.seller().id() : null;
  }
}
