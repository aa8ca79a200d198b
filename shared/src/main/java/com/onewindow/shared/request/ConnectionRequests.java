package com.onewindow.shared.request;

import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

/** All connection requests. Every finder that serves a user takes that user's scope. */
public interface ConnectionRequests extends JpaRepository<ConnectionRequest, Long> {

  Optional<ConnectionRequest> findByIdAndCompanyId(Long id, Long companyId);

  /** Every activated request as (id, activation time), for back-filling derived records. */
  @Query(
      "select r.id, r.closedAt from ConnectionRequest r"
          + " where r.status = com.onewindow.shared.request.RequestStatus.ACTIVATED")
  List<Object[]> findActivatedIdsAndTimes();

  Optional<ConnectionRequest> findByIdAndBranchId(Long id, Long branchId);

  /**
   * The numbers of those of these requests that are submitted (a new arrival, not yet taken up),
   * within one branch, or all branches for a null branch: one query however many requests.
   */
  @Query(
      "select r.number from ConnectionRequest r"
          + " where r.id in :ids"
          + " and r.status = com.onewindow.shared.request.RequestStatus.SUBMITTED"
          + " and r.number is not null"
          + " and (:branchId is null or r.branch.id = :branchId)")
  List<String> findSubmittedNumbers(Collection<Long> ids, @Nullable Long branchId);

  /**
   * The request, once whoever is writing it has committed: the row lock waits for them, and what
   * the transaction reads after it is no older than their commit.
   */
  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select r from ConnectionRequest r where r.id = :id")
  Optional<ConnectionRequest> findSettledById(long id);

  /**
   * The installation visits a branch has booked on a date in a window (index ix_request_slots): the
   * scheduled requests, and those on hold from scheduled, which keep their visit. Read with FOR
   * UPDATE, which sees what others committed since this transaction began, not an older snapshot.
   */
  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query(
      """
      select r from ConnectionRequest r
      where r.branch.id = :branchId and r.installDate = :date and r.installWindow = :window
        and (r.status = com.onewindow.shared.request.RequestStatus.SCHEDULED
          or (r.status = com.onewindow.shared.request.RequestStatus.ON_HOLD
            and r.heldFrom = com.onewindow.shared.request.RequestStatus.SCHEDULED))
      """)
  List<ConnectionRequest> lockVisitsBooked(
      Long branchId, java.time.LocalDate date, InstallWindow window);

  Optional<ConnectionRequest> findByIdempotencyKey(String idempotencyKey);

  /** The requests of a customer's order, one per branch, in order (index ix_request_order). */
  @Query(
      "select r from ConnectionRequest r join fetch r.branch"
          + " where r.orderPart.orderNumber = :orderNumber order by r.orderPart.part")
  List<ConnectionRequest> findOrderParts(String orderNumber);

  @Query(
      value =
          """
          select new com.onewindow.shared.request.RequestSummary(
            r.id, r.number, c.legalName, c.inn, b.nameRu, b.nameEn, r.channel, r.status,
            r.submittedAt, r.createdAt, a.fullName)
          from ConnectionRequest r join r.company c join r.branch b left join r.assignee a
          where r.status <> com.onewindow.shared.request.RequestStatus.DRAFT
            and (:branchId is null or b.id = :branchId)
          """,
      countQuery =
          """
          select count(r) from ConnectionRequest r
          where r.status <> com.onewindow.shared.request.RequestStatus.DRAFT
            and (:branchId is null or r.branch.id = :branchId)
          """)
  /** A null branch means every branch (head office). */
  Page<RequestSummary> findSummaries(@Nullable Long branchId, Pageable pageable);

  @Query(
      value =
          """
          select new com.onewindow.shared.request.RequestSummary(
            r.id, r.number, c.legalName, c.inn, b.nameRu, b.nameEn, r.channel, r.status,
            r.submittedAt, r.createdAt, a.fullName)
          from ConnectionRequest r join r.company c join r.branch b left join r.assignee a
          where c.id = :companyId
          """,
      countQuery = "select count(r) from ConnectionRequest r where r.company.id = :companyId")
  Page<RequestSummary> findSummariesOfCompany(Long companyId, Pageable pageable);

  @Query(
      value =
          """
          select new com.onewindow.shared.request.MyRequestRow(
            r.id, r.number, r.status, r.submittedAt, r.createdAt, b.nameRu, b.nameEn, b.timeZone,
            r.orderPart.orderNumber, r.orderPart.part, r.orderPart.parts)
          from ConnectionRequest r join r.branch b
          where r.company.id = :companyId
          """,
      countQuery = "select count(r) from ConnectionRequest r where r.company.id = :companyId")
  Page<MyRequestRow> findRowsOfCompany(Long companyId, Pageable pageable);
}
