package com.onewindow.shared.crm;

import com.onewindow.shared.security.StaffPrincipal;
import com.onewindow.shared.staff.Role;
import org.jspecify.annotations.Nullable;

/**
 * Whose clients and activities a staff member sees: everyone's (head office, administrators, the
 * inbound desk that answers for every region), a branch's (heads and technicians of a branch), or
 * only their own (managers). Queries take its three parameters; at most one of owner and branch is
 * set, and neither when {@code all}.
 */
public record StaffScope(boolean all, @Nullable Long ownerId, @Nullable Long branchId) {

  public static StaffScope of(StaffPrincipal staff) {
    if (staff.hasRole(Role.ADMIN)
        || staff.hasRole(Role.INBOUND_AGENT)
        || staff.isHeadOffice() && (staff.hasRole(Role.HEAD) || staff.hasRole(Role.TECHNICIAN))) {
      return new StaffScope(true, null, null);
    }
    if (staff.hasRole(Role.HEAD) || staff.hasRole(Role.TECHNICIAN)) {
      return new StaffScope(false, null, staff.branchId());
    }
    return new StaffScope(false, staff.staffId(), null);
  }
}
