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

  public @Nullable String getText() {
    return text;
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
