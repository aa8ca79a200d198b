package com.onewindow.shared.request;

import com.onewindow.shared.common.BusinessRuleViolation;
import com.onewindow.shared.common.Money;
import com.onewindow.shared.company.Company;
import com.onewindow.shared.company.Site;
import com.onewindow.shared.coverage.Branch;
import com.onewindow.shared.security.Actor;
import com.onewindow.shared.staff.StaffUser;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * A company's request to connect services at one or more sites. It is the only place its lifecycle
 * lives: every action checks the state and the actor (see {@link RequestLifecycle}), records itself
 * on the timeline and announces the change.
 */
@Entity
public class ConnectionRequest extends AbstractAggregateRoot<ConnectionRequest> {

  public static final int COMMENT_MAX = 2000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private @Nullable String number;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "company_id")
  private Company company;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "branch_id")
  private Branch branch;

  @Enumerated(EnumType.STRING)
  private Channel channel;

  @Enumerated(EnumType.STRING)
  private RequestStatus status;

  @Enumerated(EnumType.STRING)
  private @Nullable RequestStatus heldFrom;

  private String contactName;
  private String contactPhone;
  private String contactEmail;
  private @Nullable LocalDate desiredDate;
  private @Nullable String customerComment;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "assignee_id")
  private @Nullable StaffUser assignee;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "found_by_id")
  private @Nullable StaffUser foundBy;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "carried_by_id")
  private @Nullable StaffUser carriedBy;

  private @Nullable Long createdByCustomerId;
  private @Nullable String idempotencyKey;
  private @Nullable LocalDate installDate;

  @Enumerated(EnumType.STRING)
  private @Nullable InstallWindow installWindow;

  private boolean installed;

  @Enumerated(EnumType.STRING)
  private @Nullable RejectReason rejectReason;

  private Instant createdAt;
  private @Nullable Instant submittedAt;
  private Instant statusChangedAt;
  private @Nullable Instant closedAt;
  private BigDecimal monthlyTotal = BigDecimal.ZERO;
  private BigDecimal oneTimeTotal = BigDecimal.ZERO;

  // The SLA clock (B3): the submission instant shifted forward by every pause on hold.
  private @Nullable Instant slaStartedAt;
  private @Nullable Instant heldSince;
  private long heldSeconds;
  private @Nullable Instant firstResponseAt;
  private @Nullable Boolean surveyFeasible;

  @Embedded private @Nullable OrderPart orderPart;

  @Version private long version;

  @OneToMany(mappedBy = "request", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("lineNo")
  private List<RequestLine> lines = new ArrayList<>();

  @OneToMany(mappedBy = "request", cascade = CascadeType.ALL)
  private List<RequestEvent> events = new ArrayList<>();

  protected ConnectionRequest() {}

  private ConnectionRequest(
      Company company, Branch branch, Channel channel, ContactPerson contact, Instant now) {
    this.company = company;
    this.branch = branch;
    this.channel = channel;
    this.status = RequestStatus.DRAFT;
    this.contactName = contact.name();
    this.contactPhone = contact.phone();
    this.contactEmail = contact.email();
    this.createdAt = now;
    this.statusChangedAt = now;
  }

  /** A new request, in DRAFT, routed to the branch that serves its (first) site. */
  public static ConnectionRequest draft(
      Company company,
      Branch branch,
      Channel channel,
      ContactPerson contact,
      Actor createdBy,
      Instant now) {
    var request = new ConnectionRequest(company, branch, channel, contact, now);
    if (createdBy.isCustomer()) {
      request.createdByCustomerId = createdBy.id();
    }
    request.record(now, RequestEventType.CREATED, null, createdBy, null, false);
    return request;
  }

  public ConnectionRequest wanting(@Nullable LocalDate desiredDate, @Nullable String comment) {
    this.desiredDate = desiredDate;
    this.customerComment = comment == null || comment.isBlank() ? null : comment.strip();
    return this;
  }

  /**
   * The key of the draft this request was submitted from (online channel): a second submission of
   * the same draft finds this request instead of making another.
   */
  public ConnectionRequest submittedFromDraft(String key) {
    this.idempotencyKey = key;
    return this;
  }

  /** Records who found the client and who carried the deal (R1, C2). */
  public ConnectionRequest attributedTo(
      @Nullable StaffUser foundBy, @Nullable StaffUser carriedBy) {
    this.foundBy = foundBy;
    this.carriedBy = carriedBy;
    return this;
  }

  /**
   * A head's correction of how the request came in (C2); the caller records the change and its
   * reason. Not a lifecycle step: allowed in every state.
   */
  public void reattribute(
      Channel channel, @Nullable StaffUser foundBy, @Nullable StaffUser carriedBy) {
    this.channel = channel;
    this.foundBy = foundBy;
    this.carriedBy = carriedBy;
  }

  public RequestLine addLine(Site site, RequestLine.Ordered ordered, Actor actor) {
    RequestLifecycle.check(RequestAction.ADD_LINE, this, actor);
    if (!site.getCompany().getId().equals(company.getId())) {
      throw new BusinessRuleViolation("request.error.siteOfOtherCompany");
    }
    var line = new RequestLine(this, lines.size() + 1, site, ordered);
    lines.add(line);
    monthlyTotal = monthlyTotal().plus(ordered.monthly()).amount();
    oneTimeTotal = oneTimeTotal().plus(ordered.oneTime()).amount();
    return line;
  }

  /**
   * Submits the draft and gives it its number: the year of submission in the branch's time zone and
   * the request's id, e.g. 2026-0001234. The request must have been saved once (it has an id).
   */
  public void submit(Actor actor, Instant now) {
    RequestLifecycle.check(RequestAction.SUBMIT, this, actor);
    if (lines.isEmpty()) {
      throw new BusinessRuleViolation("request.error.noLines");
    }
    if (id == null) {
      throw new IllegalStateException("save the draft before submitting it");
    }
    int year = now.atZone(branch.zone()).getYear();
    this.number = "%d-%07d".formatted(year, id);
    this.submittedAt = now;
    this.slaStartedAt = now;
    moveTo(RequestStatus.SUBMITTED, RequestEventType.SUBMITTED, actor, now, null);
  }

  /**
   * Marks this request, as it is submitted, as one part of a customer's order whose sites several
   * branches serve. Set once, with the submission: the parts of an order never change.
   */
  public void joinOrder(OrderPart part) {
    if (status != RequestStatus.SUBMITTED || orderPart != null) {
      throw new IllegalStateException("a request joins its order as it is submitted, once");
    }
    this.orderPart = part;
  }

  /** A technician takes the request: it is theirs to review now. */
  public void claim(Actor technician, StaffUser self, Instant now) {
    RequestLifecycle.check(RequestAction.CLAIM, this, technician);
    this.assignee = self;
    this.firstResponseAt = now;
    moveTo(RequestStatus.IN_REVIEW, RequestEventType.CLAIMED, technician, now, null);
  }

  public void assignTo(StaffUser colleague, Actor actor, Instant now) {
    RequestLifecycle.check(RequestAction.ASSIGN, this, actor);
    this.assignee = colleague;
    record(now, RequestEventType.ASSIGNED, null, actor, colleague.getFullName(), false);
  }

  public void startSurvey(Actor actor, Instant now) {
    RequestLifecycle.check(RequestAction.START_SURVEY, this, actor);
    moveTo(RequestStatus.SURVEY, RequestEventType.SURVEY_STARTED, actor, now, null);
  }

  /**
   * Records what the site survey found. Feasible: the request stays in survey, ready to schedule.
   * Not feasible: the request is rejected as such, with the surveyor's notes as the explanation.
   */
  public void recordSurvey(boolean feasible, String notes, Actor actor, Instant now) {
    RequestLifecycle.check(RequestAction.RECORD_SURVEY, this, actor);
    if (surveyFeasible != null) {
      throw TransitionRefused.illegalIn(RequestAction.RECORD_SURVEY, status);
    }
    requireText(notes);
    this.surveyFeasible = feasible;
    record(now, RequestEventType.SURVEY_RECORDED, null, actor, notes, true)
        .withSurveyResult(feasible);
    if (!feasible) {
      this.rejectReason = RejectReason.NOT_FEASIBLE;
      moveTo(RequestStatus.REJECTED, RequestEventType.REJECTED, actor, now, notes)
          .withRejectReason(RejectReason.NOT_FEASIBLE);
    }
  }

  public void schedule(LocalDate date, InstallWindow window, Actor actor, Instant now) {
    RequestLifecycle.check(RequestAction.SCHEDULE, this, actor);
    this.installDate = date;
    this.installWindow = window;
    moveTo(
        RequestStatus.SCHEDULED,
        RequestEventType.SCHEDULED,
        actor,
        now,
        null,
        new InstallVisit(date, window));
  }

  public void markInstalled(Actor actor, Instant now) {
    RequestLifecycle.check(RequestAction.MARK_INSTALLED, this, actor);
    if (installed) {
      throw TransitionRefused.illegalIn(RequestAction.MARK_INSTALLED, status);
    }
    this.installed = true;
    record(now, RequestEventType.INSTALLED, null, actor, null, true);
  }

  /** Activates the services once installed; the caller creates the active services (B5). */
  public void activate(Actor actor, Instant now) {
    RequestLifecycle.check(RequestAction.ACTIVATE, this, actor);
    if (!installed) {
      throw new BusinessRuleViolation("request.error.notInstalled");
    }
    company.startCooperationIfFirst(now);
    moveTo(RequestStatus.ACTIVATED, RequestEventType.ACTIVATED, actor, now, null);
  }

  /** Waits for the customer; {@code awaited} says what for. */
  public void putOnHold(String awaited, Actor actor, Instant now) {
    RequestLifecycle.check(RequestAction.PUT_ON_HOLD, this, actor);
    this.heldFrom = status;
    this.heldSince = now;
    moveTo(RequestStatus.ON_HOLD, RequestEventType.PUT_ON_HOLD, actor, now, awaited);
  }

  /** Goes back to the state the request was held in. */
  public void resume(Actor actor, Instant now) {
    RequestLifecycle.check(RequestAction.RESUME, this, actor);
    RequestStatus back = heldFrom == null ? RequestStatus.IN_REVIEW : heldFrom;
    this.heldFrom = null;
    endPause(now);
    moveTo(back, RequestEventType.RESUMED, actor, now, null);
  }

  public void reject(RejectReason reason, String explanation, Actor actor, Instant now) {
    RequestLifecycle.check(RequestAction.REJECT, this, actor);
    requireText(explanation);
    this.rejectReason = reason;
    moveTo(RequestStatus.REJECTED, RequestEventType.REJECTED, actor, now, explanation)
        .withRejectReason(reason);
  }

  public void cancel(String reason, Actor actor, Instant now) {
    RequestLifecycle.check(RequestAction.CANCEL, this, actor);
    requireText(reason);
    moveTo(RequestStatus.CANCELLED, RequestEventType.CANCELLED, actor, now, reason);
  }

  /**
   * A customer of the request's company writes to the staff; the message stands on the timeline
   * that both see.
   */
  public void writeAsCustomer(String text, Actor customer, Instant now) {
    if (!customer.isCustomer() || !company.getId().equals(customer.companyId())) {
      throw TransitionRefused.notPermitted(RequestAction.ADD_LINE, status);
    }
    if (text.isBlank()) {
      throw new BusinessRuleViolation("request.error.messageEmpty");
    }
    String stripped = text.strip();
    if (stripped.length() > RequestEvent.TEXT_MAX) {
      throw new BusinessRuleViolation("request.error.messageTooLong", RequestEvent.TEXT_MAX);
    }
    record(now, RequestEventType.MESSAGE, null, customer, stripped, true);
  }

  /** Whether this actor may take this action now; the UI offers only these. */
  public boolean allows(RequestAction action, Actor actor) {
    return RequestLifecycle.allowsInState(action, status)
        && RequestLifecycle.actorMay(action, this, actor)
        && (action != RequestAction.ACTIVATE || installed)
        && (action != RequestAction.MARK_INSTALLED || !installed)
        && (action != RequestAction.RECORD_SURVEY || surveyFeasible == null);
  }

  /** Staff write an internal note: never shown to the customer. */
  public void addInternalNote(String text, Actor actor, Instant now) {
    requireStaffWriting(text, actor);
    record(now, RequestEventType.INTERNAL_NOTE, null, actor, text.strip(), false);
  }

  /** Staff write to the customer: shown in the portal and mailed to the request's contact. */
  public void postMessageToCustomer(String text, Actor actor, Instant now) {
    requireStaffWriting(text, actor);
    record(now, RequestEventType.MESSAGE, null, actor, text.strip(), true);
    registerEvent(
        new CustomerMessagePosted(
            id, number, contactEmail, createdByCustomerId, actor.name(), text.strip(), now));
  }

  /** Whether the caller may write notes and messages on this request now. */
  public boolean allowsWriting(Actor actor) {
    return status != RequestStatus.DRAFT && (actor.isStaff() || actor.isSystem());
  }

  private void requireStaffWriting(String text, Actor actor) {
    if (!allowsWriting(actor)) {
      throw new BusinessRuleViolation("request.error.notPermitted");
    }
    if (text.isBlank()) {
      throw new BusinessRuleViolation("request.error.textRequired");
    }
    if (text.strip().length() > RequestEvent.TEXT_MAX) {
      throw new BusinessRuleViolation("request.error.textTooLong", RequestEvent.TEXT_MAX);
    }
  }

  private void endPause(Instant now) {
    if (heldSince != null) {
      Duration pause = Duration.between(heldSince, now);
      heldSeconds += pause.toSeconds();
      if (slaStartedAt != null) {
        slaStartedAt = slaStartedAt.plus(pause);
      }
      heldSince = null;
    }
  }

  private RequestEvent moveTo(
      RequestStatus next, RequestEventType type, Actor actor, Instant now, @Nullable String text) {
    return moveTo(next, type, actor, now, text, null);
  }

  private RequestEvent moveTo(
      RequestStatus next,
      RequestEventType type,
      Actor actor,
      Instant now,
      @Nullable String text,
      @Nullable InstallVisit visit) {
    RequestStatus previous = status;
    this.status = next;
    this.statusChangedAt = now;
    if (next.isFinal()) {
      this.closedAt = now;
      endPause(now);
    }
    var entry = record(now, type, previous, actor, text, visit, true);
    registerEvent(
        new RequestStatusChanged(id, number, branch.getId(), company.getId(), previous, next, now));
    return entry;
  }

  private RequestEvent record(
      Instant now,
      RequestEventType type,
      @Nullable RequestStatus from,
      Actor actor,
      @Nullable String text,
      boolean customerVisible) {
    return record(now, type, from, actor, text, null, customerVisible);
  }

  private RequestEvent record(
      Instant now,
      RequestEventType type,
      @Nullable RequestStatus from,
      Actor actor,
      @Nullable String text,
      @Nullable InstallVisit visit,
      boolean customerVisible) {
    RequestStatus to = from == null ? null : status;
    var entry = new RequestEvent(this, now, type, from, to, actor, text, visit, customerVisible);
    events.add(entry);
    return entry;
  }

  private static void requireText(String text) {
    if (text.isBlank()) {
      throw new BusinessRuleViolation("request.error.reasonRequired");
    }
  }

  public Long getId() {
    return id;
  }

  public Optional<String> number() {
    return Optional.ofNullable(number);
  }

  public Optional<Long> createdByCustomerId() {
    return Optional.ofNullable(createdByCustomerId);
  }

  public Optional<String> idempotencyKey() {
    return Optional.ofNullable(idempotencyKey);
  }

  /** The part of a customer's order this request is; empty when the request is the whole order. */
  public Optional<OrderPart> orderPart() {
    return Optional.ofNullable(orderPart);
  }

  public Company getCompany() {
    return company;
  }

  public Branch getBranch() {
    return branch;
  }

  public Channel getChannel() {
    return channel;
  }

  public RequestStatus getStatus() {
    return status;
  }

  public Optional<RequestStatus> heldFrom() {
    return Optional.ofNullable(heldFrom);
  }

  public ContactPerson contact() {
    return new ContactPerson(contactName, contactPhone, contactEmail);
  }

  public @Nullable LocalDate getDesiredDate() {
    return desiredDate;
  }

  public @Nullable String getCustomerComment() {
    return customerComment;
  }

  public @Nullable StaffUser getAssignee() {
    return assignee;
  }

  public @Nullable StaffUser getFoundBy() {
    return foundBy;
  }

  public @Nullable StaffUser getCarriedBy() {
    return carriedBy;
  }

  public @Nullable LocalDate getInstallDate() {
    return installDate;
  }

  public @Nullable InstallWindow getInstallWindow() {
    return installWindow;
  }

  /** The booked installation visit, once scheduled. */
  public Optional<InstallVisit> installVisit() {
    return installDate == null || installWindow == null
        ? Optional.empty()
        : Optional.of(new InstallVisit(installDate, installWindow));
  }

  public boolean isInstalled() {
    return installed;
  }

  public @Nullable RejectReason getRejectReason() {
    return rejectReason;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public @Nullable Instant getSubmittedAt() {
    return submittedAt;
  }

  public Instant getStatusChangedAt() {
    return statusChangedAt;
  }

  public @Nullable Instant getClosedAt() {
    return closedAt;
  }

  public Money monthlyTotal() {
    return new Money(monthlyTotal);
  }

  public Money oneTimeTotal() {
    return new Money(oneTimeTotal);
  }

  /** When the SLA clock started, shifted by the pauses on hold; empty before submission. */
  public Optional<Instant> slaStartedAt() {
    return Optional.ofNullable(slaStartedAt);
  }

  /** Since when the request waits for the customer (the SLA clock stands still). */
  public Optional<Instant> heldSince() {
    return Optional.ofNullable(heldSince);
  }

  /** The total time spent on hold, in whole seconds, of the pauses that ended. */
  public Duration timeOnHold() {
    return Duration.ofSeconds(heldSeconds);
  }

  public Optional<Instant> firstResponseAt() {
    return Optional.ofNullable(firstResponseAt);
  }

  /** The survey's result: empty until recorded. */
  public Optional<Boolean> surveyFeasible() {
    return Optional.ofNullable(surveyFeasible);
  }

  /** The events waiting to be published when the request is saved (for tests in this package). */
  List<Object> pendingEvents() {
    return List.copyOf(domainEvents());
  }

  public long getVersion() {
    return version;
  }

  public List<RequestLine> getLines() {
    return Collections.unmodifiableList(lines);
  }

  public List<RequestEvent> getEvents() {
    return Collections.unmodifiableList(events);
  }
}
