package com.onewindow.shared.inventory;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ActiveServices extends JpaRepository<ActiveService, Long> {

  @Query(
      """
      select s from ActiveService s join fetch s.site left join fetch s.product
        left join fetch s.option left join fetch s.bundle
      where s.company.id = :companyId order by s.site.id, s.activeSince, s.id
      """)
  List<ActiveService> findOfCompany(Long companyId);

  boolean existsByRequestId(long requestId);
}
