package com.onewindow.shared.audit;

import com.onewindow.shared.security.Actor;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One recorded change: who did what to which record, when, and the fields it changed. */
@Entity
class AuditEntry {

  static final int CHANGES_MAX = 4000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private Instant occurredAt;

  @Enumerated(EnumType.STRING)
  private Actor.Kind actorKind;

  private @Nullable Long actorId;
  private String actorName;
  private String action;
  private String subjectType;
  private long subjectId;
  private String changes;

  protected AuditEntry() {}

  AuditEntry(
      Instant occurredAt,
      Actor actor,
      String action,
      String subjectType,
      long subjectId,
      String changes) {
    this.occurredAt = occurredAt;
    this.actorKind = actor.kind();
    this.actorId = actor.id();
    this.actorName = actor.name();
    this.action = action;
    this.subjectType = subjectType;
    this.subjectId = subjectId;
    this.changes =
        changes.length() > CHANGES_MAX ? changes.substring(0, CHANGES_MAX - 1) + "…" : changes;
  }

  AuditRecord toRecord() {
    return new AuditRecord(occurredAt, actorName, action, changes);
  }
}
