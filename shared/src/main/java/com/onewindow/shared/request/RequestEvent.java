package com.onewindow.shared.request;

import com.onewindow.shared.security.Actor;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** One entry of a request's timeline: who did what, when, and whether the customer sees it. */
@Entity
public class RequestEvent {

  public static final int TEXT_MAX = 4000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "request_id")
  private ConnectionRequest request;

  private Instant occurredAt;

  @Enumerated(EnumType.STRING)
  private RequestEventType type;

  @Enumerated(EnumType.STRING)
  private @Nullable RequestStatus fromStatus;

  @Enumerated(EnumType.STRING)
  private @Nullable RequestStatus toStatus;

  @Enumerated(EnumType.STRING)
  private Actor.Kind actorKind;

  private @Nullable Long actorId;
  private String actorName;
  private @Nullable String text;
  private boolean customerVisible;

  // a scheduled visit, as data: each reader gets it in their own words
  private @Nullable LocalDate visitDate;

  @Enumerated(EnumType.STRING)
  private @Nullable InstallWindow visitWindow;

  // a survey's result and a rejection's reason, as data too
  private @Nullable Boolean surveyFeasible;

  @Enumerated(EnumType.STRING)
  private @Nullable RejectReason rejectReason;

  protected RequestEvent() {}

  RequestEvent(
      ConnectionRequest request,
      Instant occurredAt,
      RequestEventType type,
      @Nullable RequestStatus fromStatus,
      @Nullable RequestStatus toStatus,
      Actor actor,
      @Nullable String text,
      @Nullable InstallVisit visit,
      boolean customerVisible) {
    this.request = request;
    this.occurredAt = occurredAt;
    this.type = type;
    this.fromStatus = fromStatus;
    this.toStatus = toStatus;
    this.actorKind = actor.kind();
    this.actorId = actor.id();
    this.actorName = actor.name();
    this.text = text;
    this.customerVisible = customerVisible;
    if (visit != null) {
      this.visitDate = visit.date();
      this.visitWindow = visit.window();
    }
  }

  public Long getId() {
    return id;
  }

  public Instant getOccurredAt() {
    return occurredAt;
  }

  public RequestEventType getType() {
    return type;
  }

  public @Nullable RequestStatus getFromStatus() {
    return fromStatus;
  }

  public @Nullable RequestStatus getToStatus() {
    return toStatus;
  }

  public Actor.Kind getActorKind() {
    return actorKind;
  }

  public String getActorName() {
    return actorName;
  }

  /**
   * What a person wrote with this step: a survey's notes, a rejection's explanation, what a hold
   * waits for, a cancellation's reason, a note or a message.
   */
  public @Nullable String getText() {
    return text;
  }

  /**
   * The text the customer may read. A survey's notes are the surveyor's, for staff (B4: only
   * messages and the reasons of steps reach the customer); when the survey finds the connection not
   * feasible, they reach the customer as the rejection's explanation, on the REJECTED entry.
   */
  public @Nullable String customerText() {
    return type == RequestEventType.SURVEY_RECORDED ? null : text;
  }

  /** The result a SURVEY_RECORDED entry recorded. */
  public Optional<Boolean> surveyFeasible() {
    return Optional.ofNullable(surveyFeasible);
  }

  /** The reason a REJECTED entry gave. */
  public Optional<RejectReason> rejectReason() {
    return Optional.ofNullable(rejectReason);
  }

  RequestEvent withSurveyResult(boolean feasible) {
    this.surveyFeasible = feasible;
    return this;
  }

  RequestEvent withRejectReason(RejectReason reason) {
    this.rejectReason = reason;
    return this;
  }

  /** The visit a SCHEDULED entry booked. */
  public Optional<InstallVisit> visit() {
    return visitDate == null || visitWindow == null
        ? Optional.empty()
        : Optional.of(new InstallVisit(visitDate, visitWindow));
  }

  public boolean isCustomerVisible() {
    return customerVisible;
  }
}
