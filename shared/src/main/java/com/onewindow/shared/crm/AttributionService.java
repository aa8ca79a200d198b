package com.onewindow.shared.crm;

import com.onewindow.shared.common.BusinessRuleViolation;
import com.onewindow.shared.common.NotFoundException;
import com.onewindow.shared.request.Channel;
import com.onewindow.shared.request.ConnectionRequest;
import com.onewindow.shared.request.ConnectionRequests;
import com.onewindow.shared.security.CurrentUser;
import com.onewindow.shared.security.StaffPrincipal;
import com.onewindow.shared.staff.Role;
import com.onewindow.shared.staff.StaffUser;
import com.onewindow.shared.staff.StaffUsers;
import com.onewindow.shared.staff.Unit;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Attribution of requests and contracts (C2): read by anyone who may see the client, changed only
 * by a head of the branch the request or contract belongs to (or of the head office), with a
 * reason, recorded with before and after and in the audit trail.
 */
@Service
@Transactional(readOnly = true)
public class AttributionService {

  private final ConnectionRequests requests;
  private final ClientRequests clientRequests;
  private final Contracts contracts;
  private final AttributionLedger ledger;
  private final StaffUsers staffUsers;
  private final ClientService clients;

  AttributionService(
      ConnectionRequests requests,
      ClientRequests clientRequests,
      Contracts contracts,
      AttributionLedger ledger,
      StaffUsers staffUsers,
      ClientService clients) {
    this.requests = requests;
    this.clientRequests = clientRequests;
    this.contracts = contracts;
    this.ledger = ledger;
    this.staffUsers = staffUsers;
    this.clients = clients;
  }

  /** The latest 50 requests of a client the caller may see, each with its attribution. */
  @PreAuthorize(ClientService.STAFF)
  public List<AttributionView> ofClient(long companyId) {
    clients.requireInScope(companyId);
    return clientRequests.findLatest(companyId, PageRequest.of(0, 50)).stream()
        .map(this::view)
        .toList();
  }

  /** The latest 50 contracts of a client the caller may see, each with its attribution. */
  @PreAuthorize(ClientService.STAFF)
  public List<ContractView> contractsOf(long companyId) {
    clients.requireInScope(companyId);
    return contracts.findLatestOfCompany(companyId, PageRequest.of(0, 50)).stream()
        .map(this::view)
        .toList();
  }

  /** The colleagues a head may name: their branch's staff, or everyone from the head office. */
  @PreAuthorize("hasRole('HEAD')")
  public List<StaffOption> candidates() {
    var head = CurrentUser.requireStaff();
    var staff =
        head.isHeadOffice()
            ? staffUsers.findAll(Sort.by("fullName"))
            : staffUsers.findByBranchIdOrderByFullName(head.branchId());
    return staff.stream()
        .filter(s -> nameable(head, s))
        .map(s -> new StaffOption(s.getId(), s.getFullName(), s.getUnit()))
        .toList();
  }

  /**
   * Whom a head may name: a colleague of their branch (anyone's from the head office), not
   * technical staff, as {@link #candidates()} lists them.
   */
  private static boolean nameable(StaffPrincipal head, StaffUser staff) {
    return staff.getUnit() != Unit.TECHNICAL
        && (head.isHeadOffice() || staff.getBranch().getId() == head.branchId());
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
    AttributionLedger.requireReason(reason);
    var request =
        (head.isHeadOffice()
                ? requests.findById(requestId)
                : requests.findByIdAndBranchId(requestId, head.branchId()))
            .orElseThrow(() -> new NotFoundException("request", requestId));
    var before =
        new Attribution(request.getChannel(), request.getFoundBy(), request.getCarriedBy());
    var after =
        recorded(
            head,
            AttributionLedger.Subject.REQUEST,
            requestId,
            before,
            channel,
            foundById,
            carriedById,
            reason);
    request.reattribute(channel, after.foundBy(), after.carriedBy());
    return view(requests.save(request));
  }

  /** Changes a contract's channel and managers; a head only, with a reason, as for requests. */
  @PreAuthorize("hasRole('HEAD')")
  @Transactional
  public ContractView changeContract(
      long contractId,
      Channel channel,
      @Nullable Long foundById,
      @Nullable Long carriedById,
      String reason) {
    var head = CurrentUser.requireStaff();
    AttributionLedger.requireReason(reason);
    var contract =
        (head.isHeadOffice()
                ? contracts.findById(contractId)
                : contracts.findByIdAndBranchId(contractId, head.branchId()))
            .filter(k -> !k.isVoided())
            .orElseThrow(() -> new NotFoundException("contract", contractId));
    var before =
        new Attribution(contract.getChannel(), contract.getFoundBy(), contract.getCarriedBy());
    var after =
        recorded(
            head,
            AttributionLedger.Subject.CONTRACT,
            contractId,
            before,
            channel,
            foundById,
            carriedById,
            reason);
    contract.reattribute(channel, after.foundBy(), after.carriedBy());
    return view(contracts.save(contract));
  }

  /** The attribution a head asks for, with the people checked, and its change recorded. */
  private Attribution recorded(
      StaffPrincipal head,
      AttributionLedger.Subject subject,
      long id,
      Attribution before,
      Channel channel,
      @Nullable Long foundById,
      @Nullable Long carriedById,
      String reason) {
    var after =
        new Attribution(channel, staff(head, before, foundById), staff(head, before, carriedById));
    ledger.record(head, subject, id, before, after, reason);
    return after;
  }

  /**
   * The colleague a head names: one of their {@link #candidates()}, or one of the people the
   * attribution already names (an inbound agent of another branch who found the client stays
   * nameable when the head changes only the channel). Anyone else is refused.
   */
  private @Nullable StaffUser staff(StaffPrincipal head, Attribution before, @Nullable Long id) {
    if (id == null) {
      return null;
    }
    var staff = staffUsers.findById(id).orElseThrow(() -> new NotFoundException("staff", id));
    boolean alreadyNamed = id.equals(idOf(before.foundBy())) || id.equals(idOf(before.carriedBy()));
    if (!alreadyNamed && !nameable(head, staff)) {
      throw new BusinessRuleViolation("crm.error.notACandidate");
    }
    return staff;
  }

  /** The rule {@link #change} and {@link #changeContract} apply, for the card's buttons. */
  private static boolean mayChange(long branchId) {
    return CurrentUser.staff()
        .filter(s -> s.hasRole(Role.HEAD))
        .map(s -> s.isHeadOffice() || s.branchId() == branchId)
        .orElse(false);
  }

  private static @Nullable Long idOf(@Nullable StaffUser user) {
    return user == null ? null : user.getId();
  }

  private static @Nullable String nameOf(@Nullable StaffUser user) {
    return user == null ? null : user.getFullName();
  }

  private AttributionView view(ConnectionRequest r) {
    return new AttributionView(
        r.getId(),
        r.number().orElse(null),
        r.getStatus(),
        r.getCreatedAt(),
        r.getChannel(),
        idOf(r.getFoundBy()),
        nameOf(r.getFoundBy()),
        idOf(r.getCarriedBy()),
        nameOf(r.getCarriedBy()),
        ledger.history(AttributionLedger.Subject.REQUEST, r.getId()),
        mayChange(r.getBranch().getId()));
  }

  private ContractView view(Contract k) {
    var contact = k.getContact();
    return new ContractView(
        k.getId(),
        k.getNumber(),
        k.getSignedOn(),
        contact == null ? null : contact.getFullName(),
        k.getManager().getFullName(),
        k.getChannel(),
        idOf(k.getFoundBy()),
        nameOf(k.getFoundBy()),
        idOf(k.getCarriedBy()),
        nameOf(k.getCarriedBy()),
        ledger.history(AttributionLedger.Subject.CONTRACT, k.getId()),
        mayChange(k.getBranch().getId()));
  }
}
