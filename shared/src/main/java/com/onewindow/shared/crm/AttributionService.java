package com.onewindow.shared.crm;

import com.onewindow.shared.common.BusinessRuleViolation;
import com.onewindow.shared.common.NotFoundException;
import com.onewindow.shared.request.Channel;
import com.onewindow.shared.request.ConnectionRequest;
import com.onewindow.shared.request.ConnectionRequests;
import com.onewindow.shared.security.CurrentUser;
import com.onewindow.shared.staff.StaffUser;
import com.onewindow.shared.staff.StaffUsers;
import java.time.Clock;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Attribution of requests (C2): read by anyone who may see the client, changed only by a head of
 * the request's branch (or of the head office), with a reason, recorded with before and after.
 */
@Service
@Transactional(readOnly = true)
public class AttributionService {

  private final ConnectionRequests requests;
  private final ClientRequests clientRequests;
  private final AttributionChanges changes;
  private final StaffUsers staffUsers;
  private final ClientService clients;
  private final Clock clock;

  AttributionService(
      ConnectionRequests requests,
      ClientRequests clientRequests,
      AttributionChanges changes,
      StaffUsers staffUsers,
      ClientService clients,
      Clock clock) {
    this.requests = requests;
    this.clientRequests = clientRequests;
    this.changes = changes;
    this.staffUsers = staffUsers;
    this.clients = clients;
    this.clock = clock;
  }

  /** The latest 50 requests of a client the caller may see, each with its attribution. */
  @PreAuthorize(ClientService.STAFF)
  public List<AttributionView> ofClient(long companyId) {
    clients.requireInScope(companyId);
    return clientRequests.findLatest(companyId, PageRequest.of(0, 50)).stream()
        .map(this::view)
        .toList();
  }

  /** The colleagues a head may name: their branch's staff, or everyone from the head office. */
  @PreAuthorize("hasRole('HEAD')")
  public List<StaffOption> candidates() {
    var head = CurrentUser.requireStaff();
    var staff =
        head.isHeadOffice()
            ? staffUsers.findAll(org.springframework.data.domain.Sort.by("fullName"))
            : staffUsers.findByBranchIdOrderByFullName(head.branchId());
    return staff.stream()
        .filter(s -> s.getUnit() != com.onewindow.shared.staff.Unit.TECHNICAL)
        .map(s -> new StaffOption(s.getId(), s.getFullName(), s.getUnit()))
        .toList();
  }

  /** Changes a request's channel and managers; a head only, with a reason. */
  @PreAuthorize("hasRole('HEAD')")
  @Transactional
  public AttributionView change(
      long requestId,
      Channel channel,
      @Nullable Long foundById,
      @Nullable Long carriedById,
      String reason) {
    var head = CurrentUser.requireStaff();
    if (reason.isBlank()) {
      throw new BusinessRuleViolation("crm.error.reasonRequired");
    }
    var request =
        (head.isHeadOffice()
                ? requests.findById(requestId)
                : requests.findByIdAndBranchId(requestId, head.branchId()))
            .orElseThrow(() -> new NotFoundException("request", requestId));
    var foundBy = staff(foundById);
    var carriedBy = staff(carriedById);
    changes.save(
        new AttributionChange(
            request.getId(),
            head.staffId(),
            clock.instant(),
            request.getChannel(),
            channel,
            idOf(request.getFoundBy()),
            foundById,
            idOf(request.getCarriedBy()),
            carriedById,
            reason.strip()));
    request.reattribute(channel, foundBy, carriedBy);
    return view(requests.save(request));
  }

  private @Nullable StaffUser staff(@Nullable Long id) {
    return id == null
        ? null
        : staffUsers.findById(id).orElseThrow(() -> new NotFoundException("staff", id));
  }

  private static @Nullable Long idOf(@Nullable StaffUser user) {
    return user == null ? null : user.getId();
  }

  private AttributionView view(ConnectionRequest r) {
    var found = r.getFoundBy();
    var carried = r.getCarriedBy();
    return new AttributionView(
        r.getId(),
        r.number().orElse(null),
        r.getStatus(),
        r.getCreatedAt(),
        r.getChannel(),
        idOf(found),
        found == null ? null : found.getFullName(),
        idOf(carried),
        carried == null ? null : carried.getFullName(),
        changes.findHistory(r.getId()));
  }
}
