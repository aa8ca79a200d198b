package com.onewindow.shared.live;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "change_feed")
class ChangeFeedEntry {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Enumerated(EnumType.STRING)
  private LiveChange.Topic topic;

  private long subjectId;
  private @Nullable Long branchId;
  private @Nullable Long companyId;
  private Instant occurredAt;

  protected ChangeFeedEntry() {}

  ChangeFeedEntry(
      LiveChange.Topic topic,
      long subjectId,
      @Nullable Long branchId,
      @Nullable Long companyId,
      Instant occurredAt) {
    this.topic = topic;
    this.subjectId = subjectId;
    this.branchId = branchId;
    this.companyId = companyId;
    this.occurredAt = occurredAt;
  }

  LiveChange toChange() {
    return new LiveChange(id, topic, subjectId, branchId, companyId, occurredAt);
  }
}
