package com.onewindow.shared.crm;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** The history of attribution changes of requests and contracts. */
interface AttributionChanges extends JpaRepository<AttributionChange, Long> {

  String CHANGE =
      """
      select new com.onewindow.shared.crm.AttributionView$Change(
        a.changedAt, s.fullName, a.oldChannel, a.newChannel, a.reason)
      from AttributionChange a, StaffUser s
      """;

  @Query(
      CHANGE
          + "where a.requestId = :requestId and s.id = a.changedById"
          + " order by a.changedAt desc, a.id desc")
  List<AttributionView.Change> findHistory(long requestId);

  @Query(
      CHANGE
          + "where a.contractId = :contractId and s.id = a.changedById"
          + " order by a.changedAt desc, a.id desc")
  List<AttributionView.Change> findContractHistory(long contractId);
}
