package com.onewindow.shared.account;

import com.onewindow.shared.staff.Role;
import com.onewindow.shared.staff.StaffUser;
import java.util.List;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** The operator's people a customer may be shown as their contact. */
interface OperatorContacts extends Repository<StaffUser, Long> {

  @Query(
      """
      select s from StaffUser s join s.roles r
      where s.branch.id = :branchId and r = :role and s.enabled = true
      order by s.fullName
      """)
  List<StaffUser> inBranchWithRole(Long branchId, Role role);
}
