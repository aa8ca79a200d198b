package com.onewindow.shared.request;

import com.onewindow.shared.common.NotFoundException;
import com.onewindow.shared.security.StaffPrincipal;
import java.util.Comparator;
import java.util.Optional;
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

  /**
   * The order this request is a part of, if any, with every part's number and branch; only the
   * parts in the staff member's scope can be opened, and only theirs show a status.
   */
  @org.jspecify.annotations.Nullable
  OrderOverview orderOf(ConnectionRequest request, StaffPrincipal staff) {
    return OrderOverview.of(
        request,
        requests,
        part -> staff.isHeadOffice() || part.getBranch().getId() == staff.branchId());
  }

  /**
   * Who got there first, after losing a race: the winner may still be committing (MariaDB picks a
   * deadlock's victim before the other side commits), so wait for the row, then read its timeline.
   * Must run in a transaction of its own.
   */
  String winnerOfRace(long id) {
    return lastActorOf(requests.findSettledById(id));
  }

  /** Who last acted on the request, as its timeline says: the one who got there first. */
  String lastActor(long id) {
    return lastActorOf(requests.findById(id));
  }

  private static String lastActorOf(Optional<ConnectionRequest> request) {
    return request
        .flatMap(r -> r.getEvents().stream().max(Comparator.comparing(e -> e.getId())))
        .map(RequestEvent::getActorName)
        .orElse("?");
  }
}
