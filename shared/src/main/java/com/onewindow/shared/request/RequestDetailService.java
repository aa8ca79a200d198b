package com.onewindow.shared.request;

import com.onewindow.shared.audit.AuditTrail;
import com.onewindow.shared.security.Actor;
import com.onewindow.shared.security.CurrentUser;
import com.onewindow.shared.security.StaffPrincipal;
import com.onewindow.shared.staff.Role;
import com.onewindow.shared.staff.StaffUser;
import com.onewindow.shared.staff.StaffUsers;
import java.time.Clock;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** One request in full for staff in scope (B2): data, timeline, audit, and the legal actions. */
@Service
@Transactional(readOnly = true)
public class RequestDetailService {

  static final String AUDIT_SUBJECT = "ConnectionRequest";
  private static final String STAFF =
      "isAuthenticated() and principal instanceof T(com.onewindow.shared.security.StaffPrincipal)";

  private final ScopedRequests scoped;
  private final StaffUsers staffUsers;
  private final AuditTrail audit;
  private final SlaPolicy sla;
  private final Clock clock;

  RequestDetailService(
      ScopedRequests scoped, StaffUsers staffUsers, AuditTrail audit, SlaPolicy sla, Clock clock) {
    this.scoped = scoped;
    this.staffUsers = staffUsers;
    this.audit = audit;
    this.sla = sla;
    this.clock = clock;
  }

  /** The request with this id, if the caller may see it; otherwise NotFoundException. */
  @PreAuthorize(STAFF)
  public RequestDetails details(long id) {
    StaffPrincipal staff = CurrentUser.requireStaff();
    ConnectionRequest r = scoped.load(id, staff);
    Actor actor = staff.asActor();
    var allowed =
        Arrays.stream(RequestAction.values())
            .filter(a -> r.allows(a, actor))
            .collect(Collectors.toCollection(() -> EnumSet.noneOf(RequestAction.class)));
    var company = r.getCompany();
    return new RequestDetails(
        r.getId(),
        r.number().orElse(null),
        r.getVersion(),
        r.getStatus(),
        r.heldFrom().orElse(null),
        r.getChannel(),
        company.getId(),
        company.getLegalName(),
        company.inn().value(),
        company.kpp().map(k -> k.value()).orElse(null),
        r.getBranch().name(),
        r.getBranch().zone(),
        r.contact(),
        r.getDesiredDate(),
        r.getCustomerComment(),
        nameOf(r.getFoundBy()),
        nameOf(r.getCarriedBy()),
        nameOf(r.getAssignee()),
        r.getInstallDate(),
        r.getInstallWindow(),
        r.isInstalled(),
        r.surveyFeasible().orElse(null),
        r.getRejectReason(),
        r.getSubmittedAt(),
        sla.stateOf(r, clock.instant()),
        sla.dueAt(r.getStatus(), r.getChannel(), r.slaStartedAt().orElse(null)).orElse(null),
        r.getLines().stream().map(RequestDetailService::line).toList(),
        r.monthlyTotal(),
        r.oneTimeTotal(),
        r.getEvents().stream()
            .sorted(
                Comparator.comparing(RequestEvent::getOccurredAt)
                    .thenComparing(RequestEvent::getId))
            .map(RequestDetailService::entry)
            .toList(),
        audit.of(AUDIT_SUBJECT, r.getId()),
        allowed,
        r.allowsWriting(actor),
        scoped.orderOf(r, staff));
  }

  /** The technicians of the request's branch, to assign it to. */
  @PreAuthorize(STAFF)
  public List<Colleague> colleagues(long id) {
    ConnectionRequest r = scoped.load(id, CurrentUser.requireStaff());
    return staffUsers.findEnabledOfBranchWithRole(r.getBranch().getId(), Role.TECHNICIAN).stream()
        .map(s -> new Colleague(s.getId(), s.getFullName()))
        .toList();
  }

  /** A staff member to assign a request to. */
  public record Colleague(Long id, String fullName) {}

  private static RequestDetails.Line line(RequestLine l) {
    var site = l.getSite();
    var product = l.getProduct();
    var bundle = l.getBundle();
    return new RequestDetails.Line(
        l.getLineNo(),
        site.getLabel(),
        site.getAddress().oneLine(),
        product != null ? product.name() : java.util.Objects.requireNonNull(bundle).name(),
        l.getOption() == null ? null : l.getOption().name(),
        bundle != null,
        l.monthlyPrice(),
        l.oneTimePrice());
  }

  private static RequestDetails.TimelineEntry entry(RequestEvent e) {
    return new RequestDetails.TimelineEntry(
        e.getOccurredAt(),
        e.getType(),
        e.getFromStatus(),
        e.getToStatus(),
        e.getActorName(),
        e.getText(),
        e.visit().orElse(null),
        e.surveyFeasible().orElse(null),
        e.rejectReason().orElse(null),
        e.isCustomerVisible());
  }

  private static @org.jspecify.annotations.Nullable String nameOf(
      @org.jspecify.annotations.Nullable StaffUser user) {
    return user == null ? null : user.getFullName();
  }
}
