package com.onewindow.shared.audit;

import com.onewindow.shared.security.Actor;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One recorded change: who did what to which record, when, and the fields it changed, as data
 * ({@link AuditChange}); a summary in words where a caller has only words.
 */
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

  /** Words describing the change: entries written before fields were recorded, or free text. */
  @Column(name = "changes")
  private @Nullable String summary;

  @ElementCollection
  @CollectionTable(name = "audit_change", joinColumns = @JoinColumn(name = "audit_entry_id"))
  @OrderColumn(name = "position")
  private List<AuditChange> changes = new ArrayList<>();

  protected AuditEntry() {}

  AuditEntry(
      Instant occurredAt,
      Actor actor,
      String action,
      String subjectType,
      long subjectId,
      @Nullable String summary,
      List<AuditChange> changes) {
    this.occurredAt = occurredAt;
    this.actorKind = actor.kind();
    this.actorId = actor.id();
    this.actorName = actor.name();
    this.action = action;
    this.subjectType = subjectType;
    this.subjectId = subjectId;
    this.summary =
        summary == null || summary.length() <= CHANGES_MAX
            ? summary
            : summary.substring(0, CHANGES_MAX - 1) + "…";
    this.changes = new ArrayList<>(changes);
  }

  AuditRecord toRecord() {
    return new AuditRecord(occurredAt, actorName, action, List.copyOf(changes), summary);
  }
}
