package com.onewindow.shared.account;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

/** All customer accounts of the portal. */
public interface CustomerUsers extends JpaRepository<CustomerUser, Long> {

  @EntityGraph(attributePaths = "company")
  Optional<CustomerUser> findByEmailIgnoreCase(String email);

  boolean existsByEmailIgnoreCase(String email);

  boolean existsByCompanyId(Long companyId);

  List<CustomerUser> findByCompanyIdOrderByFullName(Long companyId);

  List<CustomerUser> findByPendingCompanyIdOrderByCreatedAt(Long companyId);
}
