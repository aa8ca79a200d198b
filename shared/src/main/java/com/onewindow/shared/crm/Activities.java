package com.onewindow.shared.crm;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Logged activities; lists always in a scope, counts grouped in the database. */
interface Activities extends JpaRepository<Activity, Long> {

  String ROW =
      "select new com.onewindow.shared.crm.ActivityRow(a.id, c.id, c.legalName, k.fullName,"
          + " m.fullName, a.type, a.occurredAt, a.outcome)"
          + " from Activity a join a.company c join a.manager m left join a.contact k ";

  @Query(
      value =
          ROW
              + "where (:all = true or (:ownerId is not null and m.id = :ownerId)"
              + " or (:branchId is not null and a.branch.id = :branchId))"
              + " and (:companyId is null or c.id = :companyId)"
              + " order by a.occurredAt desc, a.id desc",
      countQuery =
          "select count(a) from Activity a where (:all = true"
              + " or (:ownerId is not null and a.manager.id = :ownerId)"
              + " or (:branchId is not null and a.branch.id = :branchId))"
              + " and (:companyId is null or a.company.id = :companyId)")
  Page<ActivityRow> findInScope(
      boolean all,
      @Nullable Long ownerId,
      @Nullable Long branchId,
      @Nullable Long companyId,
      Pageable pageable);

  @Query(
      ROW
          + "where m.id = :managerId and a.occurredAt >= :from and a.occurredAt < :to"
          + " order by a.occurredAt desc")
  List<ActivityRow> findOfManagerBetween(long managerId, Instant from, Instant to);

  Optional<Activity> findByIdAndManagerId(Long id, Long managerId);

  /**
   * Per manager and type: how many since {@code dayStart}, since {@code weekStart}, since {@code
   * monthStart} (all before {@code to}); rows from {@code from}, the earlier of week and month
   * start.
   */
  @Query(
      """
      select a.manager.id, a.type,
        sum(case when a.occurredAt >= :dayStart then 1 else 0 end),
        sum(case when a.occurredAt >= :weekStart then 1 else 0 end),
        sum(case when a.occurredAt >= :monthStart then 1 else 0 end)
      from Activity a
      where a.manager.id in :managerIds and a.occurredAt >= :from and a.occurredAt < :to
      group by a.manager.id, a.type
      """)
  List<Object[]> countByManagerAndType(
      Collection<Long> managerIds,
      Instant dayStart,
      Instant weekStart,
      Instant monthStart,
      Instant from,
      Instant to);
}
