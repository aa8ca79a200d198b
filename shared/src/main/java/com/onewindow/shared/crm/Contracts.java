package com.onewindow.shared.crm;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Contracts; a client's are listed only after the service has checked the client's scope. */
interface Contracts extends JpaRepository<Contract, Long> {

  @Query(
      """
      select k from Contract k join fetch k.manager left join fetch k.contact
        left join fetch k.foundBy left join fetch k.carriedBy
      where k.company.id = :companyId and k.voidedAt is null
      order by k.signedOn desc, k.id desc
      """)
  List<Contract> findLatestOfCompany(long companyId, Pageable limit);

  Optional<Contract> findByActivityId(long activityId);

  Optional<Contract> findByIdAndBranchId(long id, long branchId);
}
