package com.onewindow.shared.crm;

import com.onewindow.shared.common.BusinessRuleViolation;
import com.onewindow.shared.common.NotFoundException;
import com.onewindow.shared.company.Companies;
import com.onewindow.shared.live.ChangeFeed;
import com.onewindow.shared.live.LiveChange;
import com.onewindow.shared.security.CurrentUser;
import com.onewindow.shared.staff.Role;
import com.onewindow.shared.staff.StaffUsers;
import com.onewindow.shared.staff.Unit;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Activities (R1, C4): managers log calls, meetings, emails and contracts against their clients;
 * every log goes to the change feed, so heads' dashboards follow live. A manager corrects their own
 * entries freely on the day, later only with a note; every correction is recorded.
 */
@Service
@Transactional(readOnly = true)
public class ActivityService {

  static final String LOGGING =
      "hasAnyRole('SALES_MANAGER','KEY_ACCOUNT_MANAGER','SERVICE_MANAGER','INBOUND_AGENT','HEAD')";

  /**
   * The roles of {@link #LOGGING}, for screens that offer the entry only to those it will accept (a
   * test keeps the two lists the same).
   */
  public static final Set<Role> LOGGING_ROLES =
      Set.copyOf(
          EnumSet.of(
              Role.SALES_MANAGER,
              Role.KEY_ACCOUNT_MANAGER,
              Role.SERVICE_MANAGER,
              Role.INBOUND_AGENT,
              Role.HEAD));

  private final Activities activities;
  private final ActivityCorrections corrections;
  private final Companies companies;
  private final StaffUsers staffUsers;
  private final ClientService clients;
  private final ProgressBoard board;
  private final ContractBook contracts;
  private final ChangeFeed feed;
  private final Clock clock;

  ActivityService(
      Activities activities,
      ActivityCorrections corrections,
      Companies companies,
      StaffUsers staffUsers,
      ClientService clients,
      ProgressBoard board,
      ContractBook contracts,
      ChangeFeed feed,
      Clock clock) {
    this.activities = activities;
    this.corrections = corrections;
    this.companies = companies;
    this.staffUsers = staffUsers;
    this.clients = clients;
    this.board = board;
    this.contracts = contracts;
    this.feed = feed;
    this.clock = clock;
  }

  /**
   * Logs an activity against a client the caller may see. A contract is also recorded as a contract
   * of its own, attributed by the way it was entered (see {@link Attribution#enteredBy}).
   */
  @PreAuthorize(LOGGING)
  @Transactional
  public ActivityRow log(LogActivity entry) {
    var staff = CurrentUser.requireStaff();
    clients.requireInScope(entry.companyId());
    var company = companies.findById(entry.companyId()).orElseThrow();
    var contact =
        entry.contactId() == null
            ? null
            : company.getContacts().stream()
                .filter(k -> k.getId().equals(entry.contactId()))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("contact", entry.contactId()));
    var me = staffUsers.findById(staff.staffId()).orElseThrow();
    Instant now = clock.instant();
    Instant at = entry.occurredAt() == null ? now : entry.occurredAt();
    if (at.isAfter(now)) {
      throw new BusinessRuleViolation("crm.error.activityInFuture");
    }
    ContractBook.checkedNumber(entry.contractNumber());
    var channel = me.getUnit() == Unit.TECHNICAL ? null : Attribution.channelOf(me.getUnit());
    var saved =
        activities.save(
            new Activity(
                company, contact, me, channel, entry.type(), at, trimmed(entry.outcome()), now));
    contracts.follow(saved, entry.contractNumber());
    feed.publish(LiveChange.Topic.ACTIVITY, saved.getId(), me.getBranch().getId(), company.getId());
    return row(saved);
  }

  /** Today's activities of the caller (their branch's day) and their progress against the plan. */
  @PreAuthorize(LOGGING)
  public MyDay myDay() {
    var me = staffUsers.findById(CurrentUser.requireStaff().staffId()).orElseThrow();
    var zone = me.getBranch().zone();
    var now = clock.instant();
    var today = now.atZone(zone).toLocalDate();
    var list =
        activities.findOfManagerBetween(
            me.getId(),
            today.atStartOfDay(zone).toInstant(),
            today.plusDays(1).atStartOfDay(zone).toInstant());
    return new MyDay(today, zone, list, board.of(List.of(me), now).getFirst());
  }

  /** Activities in the caller's scope (own; a head's branch; the head office all), newest first. */
  @PreAuthorize(ClientService.STAFF)
  public Page<ActivityRow> activities(@Nullable Long companyId, Pageable pageable) {
    var scope = StaffScope.of(CurrentUser.requireStaff());
    return activities.findInScope(
        scope.all(), scope.ownerId(), scope.branchId(), companyId, pageable);
  }

  /**
   * Corrects the caller's own activity. On its day no note is needed; later the note is required.
   * Either way the change is recorded with before and after. Turning a contract into another kind
   * of activity voids its contract; turning an activity into a contract records one.
   */
  @PreAuthorize(LOGGING)
  @Transactional
  public ActivityRow correct(
      long activityId, ActivityType type, @Nullable String outcome, @Nullable String note) {
    var staff = CurrentUser.requireStaff();
    var activity =
        activities
            .findByIdAndManagerId(activityId, staff.staffId())
            .orElseThrow(() -> new NotFoundException("activity", activityId));
    var now = clock.instant();
    String why = trimmed(note);
    if (!activity.isSameDay(now) && why == null) {
      throw new BusinessRuleViolation("crm.error.correctionNoteRequired");
    }
    String before = activity.describe();
    activity.change(type, trimmed(outcome));
    corrections.save(
        new ActivityCorrection(
            activity.getId(), staff.staffId(), now, before, activity.describe(), why));
    contracts.follow(activity, null);
    feed.publish(
        LiveChange.Topic.ACTIVITY,
        activity.getId(),
        activity.getBranch().getId(),
        activity.getCompany().getId());
    return row(activity);
  }

  private static ActivityRow row(Activity a) {
    var contact = a.getContact();
    return new ActivityRow(
        a.getId(),
        a.getCompany().getId(),
        a.getCompany().getLegalName(),
        contact == null ? null : contact.getFullName(),
        a.getManager().getFullName(),
        a.getType(),
        a.getOccurredAt(),
        a.getOutcome());
  }

  private static @Nullable String trimmed(@Nullable String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
