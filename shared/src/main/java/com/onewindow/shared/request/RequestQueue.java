package com.onewindow.shared.request;

import com.onewindow.shared.common.LocalizedText;
import com.onewindow.shared.company.Company;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/**
 * The queue's query, built from only the predicates a filter sets, so the database picks the index
 * that fits (branch, status, channel, assignee, SLA start; see V10). The scope (a branch, or null
 * for every branch) comes from the service, never from the caller's filter alone.
 */
@Component
class RequestQueue {

  private static final Pattern NUMBER = Pattern.compile("\\d{4}-.*");
  private static final Pattern DIGITS = Pattern.compile("\\d+");
  static final EnumSet<RequestStatus> WORKING =
      EnumSet.of(RequestStatus.IN_REVIEW, RequestStatus.SURVEY, RequestStatus.SCHEDULED);

  private final EntityManager em;
  private final SlaPolicy sla;

  RequestQueue(EntityManager em, SlaPolicy sla) {
    this.em = em;
    this.sla = sla;
  }

  List<QueueRow> page(QueueFilter filter, @Nullable Long scope, long me, Instant now, Pageable p) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    var query = cb.createTupleQuery();
    Root<ConnectionRequest> r = query.from(ConnectionRequest.class);
    Join<Object, Object> company = r.join("company");
    Join<Object, Object> branch = r.join("branch");
    Join<Object, Object> assignee = r.join("assignee", JoinType.LEFT);
    query.multiselect(
        r.get("id"),
        r.get("number"),
        company.get("legalName"),
        company.get("inn"),
        branch.get("nameRu"),
        branch.get("nameEn"),
        r.get("channel"),
        r.get("status"),
        r.get("submittedAt"),
        assignee.get("fullName"),
        r.get("slaStartedAt"));
    query.where(predicates(cb, query.subquery(Long.class), r, filter, scope, me, now, true));
    query.orderBy(orders(cb, r, p.getSort()));
    return em
        .createQuery(query)
        .setFirstResult((int) p.getOffset())
        .setMaxResults(p.getPageSize())
        .getResultList()
        .stream()
        .map(t -> row(t, now))
        .toList();
  }

  /** Requests per status under the filter, its own status choice left out. */
  Map<RequestStatus, Long> countsByStatus(
      QueueFilter filter, @Nullable Long scope, long me, Instant now) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    var query = cb.createTupleQuery();
    Root<ConnectionRequest> r = query.from(ConnectionRequest.class);
    Path<RequestStatus> status = r.get("status");
    query.multiselect(status, cb.count(r));
    query.where(predicates(cb, query.subquery(Long.class), r, filter, scope, me, now, false));
    query.groupBy(status);
    var counts = new EnumMap<RequestStatus, Long>(RequestStatus.class);
    for (Tuple t : em.createQuery(query).getResultList()) {
      counts.put(t.get(0, RequestStatus.class), t.get(1, Long.class));
    }
    return counts;
  }

  private Predicate[] predicates(
      CriteriaBuilder cb,
      Subquery<Long> companies,
      Root<ConnectionRequest> r,
      QueueFilter filter,
      @Nullable Long scope,
      long me,
      Instant now,
      boolean withStatus) {
    List<Predicate> where = new ArrayList<>();
    Long branchId = scope != null ? scope : filter.branchId();
    if (branchId != null) {
      where.add(cb.equal(r.get("branch").get("id"), branchId));
    }
    if (withStatus && !filter.statuses().isEmpty()) {
      where.add(r.get("status").in(filter.statuses()));
    } else {
      where.add(cb.notEqual(r.get("status"), RequestStatus.DRAFT));
    }
    if (filter.channel() != null) {
      where.add(cb.equal(r.get("channel"), filter.channel()));
    }
    if (filter.mine()) {
      where.add(cb.equal(r.get("assignee").get("id"), me));
    }
    if (filter.unassigned()) {
      where.add(cb.isNull(r.get("assignee")));
    }
    if (filter.overdue()) {
      where.add(overdue(cb, r, now));
    }
    if (filter.search() != null) {
      where.add(search(cb, companies, r, filter.search()));
    }
    return where.toArray(Predicate[]::new);
  }

  /**
   * Overdue: per channel, still unanswered past the first-response target, or in work past the
   * activation target. Requests on hold are paused, never overdue.
   */
  private Predicate overdue(CriteriaBuilder cb, Root<ConnectionRequest> r, Instant now) {
    Path<Instant> start = r.get("slaStartedAt");
    List<Predicate> any = new ArrayList<>();
    for (Channel channel : Channel.values()) {
      var target = sla.of(channel);
      any.add(
          cb.and(
              cb.equal(r.get("channel"), channel),
              cb.equal(r.get("status"), RequestStatus.SUBMITTED),
              cb.lessThan(start, now.minus(target.firstResponse()))));
      any.add(
          cb.and(
              cb.equal(r.get("channel"), channel),
              r.get("status").in(WORKING),
              cb.lessThan(start, now.minus(target.activation()))));
    }
    return cb.or(any.toArray(Predicate[]::new));
  }

  /**
   * A number ("2026-…") is looked up by prefix in its unique index; 10 or 12 digits are an INN
   * (unique index of company); other text searches company names. Each goes through companies
   * first, a small table, and then the requests' company index.
   */
  private Predicate search(
      CriteriaBuilder cb, Subquery<Long> companies, Root<ConnectionRequest> r, String text) {
    if (NUMBER.matcher(text).matches()) {
      return cb.like(r.get("number"), escape(text) + "%", '\\');
    }
    Root<Company> c = companies.from(Company.class);
    companies.select(c.get("id"));
    Expression<String> inn = c.get("inn");
    if (DIGITS.matcher(text).matches()) {
      companies.where(
          text.length() == 10 || text.length() == 12
              ? cb.equal(inn, text)
              : cb.like(inn, escape(text) + "%", '\\'));
    } else {
      companies.where(
          cb.like(cb.lower(c.get("legalName")), "%" + escape(text.toLowerCase()) + "%", '\\'));
    }
    return r.get("company").get("id").in(companies);
  }

  private static List<Order> orders(CriteriaBuilder cb, Root<ConnectionRequest> r, Sort sort) {
    List<Order> orders = new ArrayList<>();
    for (Sort.Order o : sort) {
      Path<?> path =
          switch (o.getProperty()) {
            case "number" -> r.get("number");
            case "status" -> r.get("status");
            case "sla" -> r.get("slaStartedAt");
            default -> r.get("submittedAt");
          };
      orders.add(o.isAscending() ? cb.asc(path) : cb.desc(path));
    }
    if (orders.isEmpty()) {
      orders.add(cb.desc(r.get("submittedAt")));
    }
    orders.add(cb.desc(r.get("id")));
    return orders;
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

  private static String escape(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
