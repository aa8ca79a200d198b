package com.onewindow.shared.request;

import com.onewindow.shared.common.LocalizedText;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.time.Instant;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The queue's queries. A page is read in two steps: the ids of the page from {@code
 * connection_request} alone, walking the index that {@link QueueOrder} names, with only the
 * conditions the filter sets ({@link QueueConditions}); then those few rows with their company,
 * branch and assignee. Joined in one query, H2 starts from the small company table and sorts every
 * request. The scope (a branch, or null for every branch) comes from the service, never from the
 * caller's filter alone.
 */
@Component
class RequestQueue {

  static final EnumSet<RequestStatus> WORKING =
      EnumSet.of(RequestStatus.IN_REVIEW, RequestStatus.SURVEY, RequestStatus.SCHEDULED);

  private final NamedParameterJdbcTemplate jdbc;
  private final EntityManager em;
  private final SlaPolicy sla;
  private volatile QueueOrder.@Nullable Database database;

  RequestQueue(NamedParameterJdbcTemplate jdbc, EntityManager em, SlaPolicy sla) {
    this.jdbc = jdbc;
    this.em = em;
    this.sla = sla;
  }

  List<QueueRow> page(QueueFilter filter, @Nullable Long scope, long me, Instant now, Pageable p) {
    var conditions = conditions(filter, scope, me, now, true);
    var order = QueueOrder.of(conditions, p.getSort(), database());
    var params =
        conditions.params().addValue("limit", p.getPageSize()).addValue("offset", p.getOffset());
    List<Long> ids =
        jdbc.queryForList(
            "SELECT r.id FROM "
                + order.from()
                + " WHERE "
                + conditions.where()
                + " ORDER BY "
                + order.orderBy()
                + " LIMIT :limit OFFSET :offset",
            params,
            Long.class);
    return ids.isEmpty() ? List.of() : rows(ids, now);
  }

  /** Requests per status under the filter, its own status choice left out. */
  Map<RequestStatus, Long> countsByStatus(
      QueueFilter filter, @Nullable Long scope, long me, Instant now) {
    var conditions = conditions(filter, scope, me, now, false);
    var counts = new EnumMap<RequestStatus, Long>(RequestStatus.class);
    jdbc.query(
        "SELECT r.status, COUNT(*) FROM connection_request r WHERE "
            + conditions.where()
            + " GROUP BY r.status",
        conditions.params(),
        rs -> {
          counts.put(RequestStatus.valueOf(rs.getString(1)), rs.getLong(2));
        });
    return counts;
  }

  /** H2 or not, asked once of the database itself (tests run the same code on both). */
  private QueueOrder.Database database() {
    QueueOrder.Database known = database;
    if (known == null) {
      Boolean h2 =
          jdbc.getJdbcTemplate()
              .execute(
                  (ConnectionCallback<Boolean>)
                      c -> "H2".equals(c.getMetaData().getDatabaseProductName()));
      known = Boolean.TRUE.equals(h2) ? QueueOrder.Database.H2 : QueueOrder.Database.MYSQL;
      database = known;
    }
    return known;
  }

  private QueueConditions conditions(
      QueueFilter filter, @Nullable Long scope, long me, Instant now, boolean withStatus) {
    var search = QueueSearch.resolve(filter.search(), jdbc);
    return QueueConditions.of(filter, scope, me, now, sla, search, withStatus);
  }

  /** The page's rows in the order of their ids. */
  private List<QueueRow> rows(List<Long> ids, Instant now) {
    List<Tuple> tuples =
        em.createQuery(
                """
                select r.id, r.number, c.legalName, c.inn, b.nameRu, b.nameEn, r.channel,
                       r.status, r.submittedAt, a.fullName, r.slaStartedAt
                from ConnectionRequest r join r.company c join r.branch b left join r.assignee a
                where r.id in :ids""",
                Tuple.class)
            .setParameter("ids", ids)
            .getResultList();
    Map<Long, QueueRow> byId = new HashMap<>();
    for (Tuple t : tuples) {
      byId.put(t.get(0, Long.class), row(t, now));
    }
    return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
  }

  private QueueRow row(Tuple t, Instant now) {
    var status = t.get(7, RequestStatus.class);
    var channel = t.get(6, Channel.class);
    var slaStart = t.get(10, Instant.class);
    return new QueueRow(
        t.get(0, Long.class),
        t.get(1, String.class),
        t.get(2, String.class),
        t.get(3, String.class),
        new LocalizedText(t.get(4, String.class), t.get(5, String.class)),
        channel,
        status,
        t.get(8, Instant.class),
        t.get(9, String.class),
        sla.stateOf(status, channel, slaStart, now),
        sla.dueAt(status, channel, slaStart).orElse(null));
  }
}
