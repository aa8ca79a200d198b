package com.onewindow.shared.crm;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Every ownership period of every client. */
public interface Ownerships extends JpaRepository<Ownership, Long> {

  @Query(
      """
      select o from Ownership o join fetch o.manager join fetch o.branch
      where o.company.id = :companyId and o.validTo is null
      """)
  Optional<Ownership> findCurrent(long companyId);

  @Query(
      """
      select o.manager.id, count(o) from Ownership o
      where o.validTo is null and o.manager.id in :managerIds group by o.manager.id
      """)
  List<Object[]> countCurrentByManager(java.util.Collection<Long> managerIds);

  @Query(
      """
      select o from Ownership o join fetch o.manager join fetch o.branch
      where o.company.id = :companyId order by o.validFrom desc, o.id desc
      """)
  List<Ownership> findHistory(long companyId);
}
