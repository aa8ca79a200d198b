package com.onewindow.shared.request;

import com.onewindow.shared.security.CurrentUser;
import com.onewindow.shared.security.StaffPrincipal;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Requests as staff see them: a branch's own, or every branch's from the head office. */
@Service
@Transactional(readOnly = true)
public class StaffRequestService {

  private final ConnectionRequests requests;

  StaffRequestService(ConnectionRequests requests) {
    this.requests = requests;
  }

  /** One page of the submitted requests in the caller's scope. */
  @PreAuthorize(
      "isAuthenticated() and principal instanceof T(com.onewindow.shared.security.StaffPrincipal)")
  public Page<RequestSummary> requestsInScope(Pageable pageable) {
    StaffPrincipal staff = CurrentUser.requireStaff();
    Long branchScope = staff.isHeadOffice() ? null : staff.branchId();
    return requests.findSummaries(branchScope, pageable);
  }
}
