package com.onewindow.shared.request;

import com.onewindow.shared.common.NotFoundException;
import com.onewindow.shared.security.StaffPrincipal;
import org.springframework.stereotype.Component;

/**
 * Loads a request for staff within their scope: their branch's, or any from the head office; never
 * a draft. Anything else reads as not found, exactly like an id that does not exist.
 */
@Component
class ScopedRequests {

  private final ConnectionRequests requests;

  ScopedRequests(ConnectionRequests requests) {
    this.requests = requests;
  }

  ConnectionRequest load(long id, StaffPrincipal staff) {
    return (staff.isHeadOffice()
            ? requests.findById(id)
            : requests.findByIdAndBranchId(id, staff.branchId()))
        .filter(r -> r.getStatus() != RequestStatus.DRAFT)
        .orElseThrow(() -> new NotFoundException("request", id));
  }

  /** Who last acted on the request, as its timeline says: the one who got there first. */
  String lastActor(long id) {
    return requests
        .findById(id)
        .flatMap(r -> r.getEvents().stream().max(java.util.Comparator.comparing(e -> e.getId())))
        .map(RequestEvent::getActorName)
        .orElse("?");
  }
}
