package com.onewindow.shared.crm;

import com.onewindow.shared.common.BusinessRuleViolation;
import com.onewindow.shared.common.NotFoundException;
import com.onewindow.shared.company.Companies;
import com.onewindow.shared.company.Company;
import com.onewindow.shared.company.CompanyKeys;
import com.onewindow.shared.company.Inn;
import com.onewindow.shared.company.Kpp;
import com.onewindow.shared.coverage.Branch;
import com.onewindow.shared.security.CurrentUser;
import com.onewindow.shared.staff.Role;
import com.onewindow.shared.staff.StaffUsers;
import java.time.Clock;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Clients (C1): the list and card in the caller's scope, and entering a new client, unique by INN.
 * The INN check looks across every scope, and tells only who owns a company the caller may not see.
 */
@Service
@Transactional(readOnly = true)
public class ClientService {

  static final String STAFF =
      "hasAnyRole('ADMIN','HEAD','TECHNICIAN','INBOUND_AGENT',"
          + "'SALES_MANAGER','KEY_ACCOUNT_MANAGER','SERVICE_MANAGER')";
  static final String ENTERING =
      "hasAnyRole('ADMIN','HEAD','INBOUND_AGENT',"
          + "'SALES_MANAGER','KEY_ACCOUNT_MANAGER','SERVICE_MANAGER')";

  private final Clients clients;
  private final Companies companies;
  private final Ownerships ownerships;
  private final OwnershipLedger ledger;
  private final StaffUsers staffUsers;
  private final Coverage coverage;
  private final ClientCards cards;
  private final Clock clock;

  ClientService(
      Clients clients,
      Companies companies,
      Ownerships ownerships,
      OwnershipLedger ledger,
      StaffUsers staffUsers,
      Coverage coverage,
      ClientCards cards,
      Clock clock) {
    this.clients = clients;
    this.companies = companies;
    this.ownerships = ownerships;
    this.ledger = ledger;
    this.staffUsers = staffUsers;
    this.coverage = coverage;
    this.cards = cards;
    this.clock = clock;
  }

  /**
   * One page of the caller's clients, searched by name, INN or phone; sorted by name by default.
   */
  @PreAuthorize(STAFF)
  public Page<ClientRow> clients(String search, Pageable pageable) {
    var scope = StaffScope.of(CurrentUser.requireStaff());
    var sorted =
        pageable.getSort().isSorted()
            ? pageable
            : PageRequest.of(
                pageable.getPageNumber(), pageable.getPageSize(), Sort.by("legalName"));
    var q = Search.of(search);
    return clients.findInScope(
        scope.all(), scope.ownerId(), scope.branchId(), q.name(), q.inn(), q.phone(), sorted);
  }

  /** The client's card, if the caller may see it. */
  @PreAuthorize(STAFF)
  public ClientDetail client(long companyId) {
    requireInScope(companyId);
    return cards.card(companies.findById(companyId).orElseThrow());
  }

  /** The contact persons of a client the caller may see, e.g. to pick one when logging a call. */
  @PreAuthorize(STAFF)
  public List<ClientDetail.ContactRow> contacts(long companyId) {
    requireInScope(companyId);
    return companies.findById(companyId).orElseThrow().getContacts().stream()
        .map(
            k ->
                new ClientDetail.ContactRow(
                    k.getId(), k.getFullName(), k.getPosition(), k.getPhone(), k.getEmail()))
        .toList();
  }

  /** Whether a company with this INN exists, in any scope; its id only if the caller may see it. */
  @PreAuthorize(STAFF)
  public InnCheck checkInn(String inn) {
    var company = companies.findByInn(inn.strip());
    if (company.isEmpty()) {
      return InnCheck.free();
    }
    long id = company.get().getId();
    var owner = ownerships.findCurrent(id).map(OwnerCard::of).orElse(null);
    return new InnCheck(true, inScope(id) ? id : null, owner);
  }

  /** Companies that may be the one being entered: same normalised name or same phone. */
  @PreAuthorize(STAFF)
  public List<LookAlike> lookAlikes(String legalName, @Nullable String phone) {
    String nameKey = CompanyKeys.nameKey(legalName);
    String phoneKey = CompanyKeys.phoneKey(phone);
    if (nameKey.isEmpty() && phoneKey == null) {
      return List.of();
    }
    return clients.findLookAlikes(nameKey, phoneKey, PageRequest.of(0, 5)).stream()
        .map(
            c ->
                new LookAlike(
                    c.getLegalName(),
                    nameKey.equals(CompanyKeys.nameKey(c.getLegalName())),
                    phoneKey != null && phoneKey.equals(CompanyKeys.phoneKey(c.getPhone())),
                    inScope(c.getId()) ? c.getId() : null))
        .toList();
  }

  /**
   * Enters a new client. Refused with {@link DuplicateInn} when the INN is taken. A manager who
   * enters a client owns it (they found it), except a federal one, which key accounts own (R5).
   */
  @PreAuthorize(ENTERING)
  @Transactional
  public long create(NewClient client) {
    var staff = CurrentUser.requireStaff();
    String innValue = client.inn().strip();
    var problem = Inn.problemWith(innValue);
    if (problem != null) {
      throw new BusinessRuleViolation("inn.problem." + problem.name());
    }
    var check = checkInn(innValue);
    if (check.exists()) {
      throw new DuplicateInn(check);
    }
    if (client.legalName().isBlank()) {
      throw new BusinessRuleViolation("crm.error.nameRequired");
    }
    var me = staffUsers.findById(staff.staffId()).orElseThrow();
    Branch home = client.site() == null ? me.getBranch() : coverage.branchServing(client.site());
    var kpp = client.kpp() == null || client.kpp().isBlank() ? null : new Kpp(client.kpp().strip());
    var company =
        new Company(
                new Inn(innValue),
                kpp,
                client.legalName(),
                client.industry(),
                home,
                clock.instant())
            .withPhone(blankToNull(client.phone()));
    if (client.federal()) {
      company.markFederal();
    }
    if (client.site() != null) {
      company.addSite(null, client.site(), home);
    }
    if (client.contactName() != null && !client.contactName().isBlank()) {
      company.addContact(
          client.contactName().strip(),
          null,
          blankToNull(client.contactPhone()),
          blankToNull(client.contactEmail()));
    }
    company = companies.saveAndFlush(company);
    boolean ownsWhatTheyFind =
        staff.hasRole(Role.SALES_MANAGER)
            || staff.hasRole(Role.SERVICE_MANAGER)
            || staff.hasRole(Role.KEY_ACCOUNT_MANAGER);
    if (ownsWhatTheyFind && (!client.federal() || staff.hasRole(Role.KEY_ACCOUNT_MANAGER))) {
      ledger.transfer(company, me, OwnershipReason.ACQUIRED, null, clock.instant());
    }
    return company.getId();
  }

  boolean inScope(long companyId) {
    var scope = StaffScope.of(CurrentUser.requireStaff());
    return clients.isInScope(companyId, scope.all(), scope.ownerId(), scope.branchId());
  }

  void requireInScope(long companyId) {
    if (!inScope(companyId)) {
      throw new NotFoundException("client", companyId);
    }
  }

  private static @Nullable String blankToNull(@Nullable String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  /** A search box's text as the three search keys; all null for an empty box. */
  record Search(@Nullable String name, @Nullable String inn, @Nullable String phone) {

    static Search of(@Nullable String text) {
      if (text == null || text.isBlank()) {
        return new Search(null, null, null);
      }
      String nameKey = CompanyKeys.nameKey(text);
      String digits = text.replaceAll("\\D", "");
      String phone = digits.length() >= 5 ? "%" + CompanyKeys.phoneKey(digits) + "%" : null;
      return new Search("%" + nameKey + "%", text.strip() + "%", phone);
    }
  }
}
