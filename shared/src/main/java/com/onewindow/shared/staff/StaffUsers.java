package com.onewindow.shared.staff;

import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

/** All staff accounts. */
public interface StaffUsers extends JpaRepository<StaffUser, Long> {

  @EntityGraph(attributePaths = {"branch", "roles"})
  Optional<StaffUser> findByUsernameIgnoreCase(String username);

  /** The staff of a branch, by name. */
  java.util.List<StaffUser> findByBranchIdOrderByFullName(Long branchId);

  /** The people who report to a head. */
  @EntityGraph(attributePaths = "branch")
  java.util.List<StaffUser> findByHeadIdOrderByFullName(Long headId);
}
