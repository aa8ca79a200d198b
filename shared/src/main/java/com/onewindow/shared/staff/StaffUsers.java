package com.onewindow.shared.staff;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** All staff accounts. */
public interface StaffUsers extends JpaRepository<StaffUser, Long> {

  @EntityGraph(attributePaths = {"branch", "roles"})
  Optional<StaffUser> findByUsernameIgnoreCase(String username);

  /** The enabled staff of a branch who hold a role, by name (e.g. technicians to assign to). */
  @Query(
      """
      select distinct s from StaffUser s join s.roles r
      where s.branch.id = :branchId and r = :role and s.enabled = true order by s.fullName
      """)
  List<StaffUser> findEnabledOfBranchWithRole(Long branchId, Role role);

  /** The staff of a branch, by name. */
  java.util.List<StaffUser> findByBranchIdOrderByFullName(Long branchId);

  /** The people who report to a head. */
  @EntityGraph(attributePaths = "branch")
  java.util.List<StaffUser> findByHeadIdOrderByFullName(Long headId);
}
