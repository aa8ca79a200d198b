package com.onewindow.shared.request;

import com.onewindow.shared.audit.AuditTrail;
import com.onewindow.shared.common.BusinessRuleViolation;
import com.onewindow.shared.security.Actor;
import com.onewindow.shared.security.CurrentUser;
import com.onewindow.shared.security.StaffPrincipal;
import com.onewindow.shared.staff.Role;
import com.onewindow.shared.staff.StaffUser;
import com.onewindow.shared.staff.StaffUsers;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The technicians' actions on a request (B2). Each runs in its own transaction, within the caller's
 * branch scope (another branch's request reads as not found), on the version of the request the
 * caller saw: if somebody else acted in between, or commits first while this action runs, nothing
 * is saved and the caller is told who got there first ({@link RequestChangedMeanwhile}). Each
 * action lands on the timeline (by the aggregate) and in the audit trail (X5).
 */
@Service
public class RequestWorkflowService {

  private static final String WORKFLOW = "hasAnyRole('TECHNICIAN', 'HEAD')";
  private static final String STAFF =
      "isAuthenticated() and principal instanceof T(com.onewindow.shared.security.StaffPrincipal)";

  private final ScopedRequests scoped;
  private final ConnectionRequests requests;
  private final StaffUsers staffUsers;
  private final AuditTrail audit;
  private final WindowCapacity capacity;
  private final TransactionTemplate transactions;
  private final Clock clock;

  RequestWorkflowService(
      ScopedRequests scoped,
      ConnectionRequests requests,
      StaffUsers staffUsers,
      AuditTrail audit,
      WindowCapacity capacity,
      TransactionTemplate transactions,
      Clock clock) {
    this.scoped = scoped;
    this.requests = requests;
    this.staffUsers = staffUsers;
    this.audit = audit;
    this.capacity = capacity;
    this.transactions = transactions;
    this.clock = clock;
  }

  /** The caller takes the request: it becomes theirs, in review (the SLA's first response). */
  @PreAuthorize(WORKFLOW)
  public void claim(long id, long version) {
    act(id, version, "CLAIM", null, (r, s, a, now) -> r.claim(a, me(s), now));
  }

  /** Gives the request to a technician of its branch. */
  @PreAuthorize(WORKFLOW)
  public void assign(long id, long version, long colleagueId) {
    act(
        id,
        version,
        "ASSIGN",
        null,
        (r, s, a, now) -> r.assignTo(technicianOf(r, colleagueId), a, now));
  }

  @PreAuthorize(WORKFLOW)
  public void startSurvey(long id, long version) {
    act(id, version, "START_SURVEY", null, (r, s, a, now) -> r.startSurvey(a, now));
  }

  /** Records the survey; not feasible rejects the request as such, with the notes. */
  @PreAuthorize(WORKFLOW)
  public void recordSurvey(long id, long version, boolean feasible, String notes) {
    act(
        id,
        version,
        "RECORD_SURVEY",
        notes,
        (r, s, a, now) -> r.recordSurvey(feasible, notes, a, now));
  }

  /**
   * Books an installation slot: a date (not in the past, in the branch's zone) and a window, if the
   * branch has a crew left in that window ({@link InstallSlots}). Technicians booking the same
   * window at once are served in turn, so the last crew goes to one of them only.
   */
  @PreAuthorize(WORKFLOW)
  public void schedule(long id, long version, LocalDate date, InstallWindow window) {
    act(
        id,
        version,
        "SCHEDULE",
        null,
        (r, s, a, now) -> {
          if (date.isBefore(LocalDate.ofInstant(now, r.getBranch().zone()))) {
            throw new BusinessRuleViolation("request.error.dateInPast");
          }
          // a request that cannot be scheduled hears why, not that the window is full
          RequestLifecycle.check(RequestAction.SCHEDULE, r, a);
          capacity.holdFreeSlot(r.getBranch().getId(), date, window);
          r.schedule(date, window, a, now);
        });
  }

  @PreAuthorize(WORKFLOW)
  public void markInstalled(long id, long version) {
    act(id, version, "MARK_INSTALLED", null, (r, s, a, now) -> r.markInstalled(a, now));
  }

  /** Activates the request: the company's active services follow (B5). */
  @PreAuthorize(WORKFLOW)
  public void activate(long id, long version) {
    act(id, version, "ACTIVATE", null, (r, s, a, now) -> r.activate(a, now));
  }

  /** Waits for the customer; the SLA clock stands still meanwhile. */
  @PreAuthorize(WORKFLOW)
  public void putOnHold(long id, long version, String awaited) {
    act(id, version, "PUT_ON_HOLD", awaited, (r, s, a, now) -> r.putOnHold(awaited, a, now));
  }

  @PreAuthorize(WORKFLOW)
  public void resume(long id, long version) {
    act(id, version, "RESUME", null, (r, s, a, now) -> r.resume(a, now));
  }

  @PreAuthorize(WORKFLOW)
  public void reject(long id, long version, RejectReason reason, String explanation) {
    act(
        id,
        version,
        "REJECT",
        explanation,
        (r, s, a, now) -> r.reject(reason, explanation, a, now));
  }

  @PreAuthorize(WORKFLOW)
  public void cancel(long id, long version, String reason) {
    act(id, version, "CANCEL", reason, (r, s, a, now) -> r.cancel(reason, a, now));
  }

  /** An internal note: staff only, never shown to the customer. Notes clash with nothing. */
  @PreAuthorize(STAFF)
  public void addInternalNote(long id, String text) {
    act(id, null, "INTERNAL_NOTE", text, (r, s, a, now) -> r.addInternalNote(text, a, now));
  }

  /** A message to the customer: on the portal's timeline and mailed to the request's contact. */
  @PreAuthorize(STAFF)
  public void postMessage(long id, String text) {
    act(
        id,
        null,
        "CUSTOMER_MESSAGE",
        text,
        (r, s, a, now) -> r.postMessageToCustomer(text, a, now));
  }

  @FunctionalInterface
  private interface Step {
    void apply(ConnectionRequest request, StaffPrincipal staff, Actor actor, Instant now);
  }

  private void act(
      long id, @Nullable Long version, String action, @Nullable String text, Step step) {
    StaffPrincipal staff = CurrentUser.requireStaff();
    try {
      transactions.executeWithoutResult(
          tx -> {
            ConnectionRequest request = scoped.load(id, staff);
            if (version != null && request.getVersion() != version) {
              throw new RequestChangedMeanwhile(scoped.lastActor(id));
            }
            var before = RequestSnapshot.of(request);
            Actor actor = staff.asActor();
            step.apply(request, staff, actor, clock.instant());
            requests.save(request);
            audit.record(
                actor,
                action,
                RequestDetailService.AUDIT_SUBJECT,
                id,
                before.changesTo(RequestSnapshot.of(request), text));
          });
    } catch (ConcurrencyFailureException lostRace) {
      // the other transaction committed first: ours is rolled back whole; say whose it was
      throw new RequestChangedMeanwhile(transactions.execute(tx -> scoped.winnerOfRace(id)));
    }
  }

  private StaffUser me(StaffPrincipal staff) {
    return staffUsers.getReferenceById(staff.staffId());
  }

  private StaffUser technicianOf(ConnectionRequest request, long colleagueId) {
    return staffUsers
        .findById(colleagueId)
        .filter(u -> u.isEnabled() && u.hasRole(Role.TECHNICIAN))
        .filter(u -> u.getBranch().getId().equals(request.getBranch().getId()))
        .orElseThrow(() -> new BusinessRuleViolation("request.error.notATechnicianOfBranch"));
  }
}
