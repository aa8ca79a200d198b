package com.onewindow.shared.crm;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A correction of an activity: before, after, who, when, and the note required after its day. */
@Entity
@Table(name = "crm_activity_correction")
class ActivityCorrection {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private Long activityId;
  private Long correctedById;
  private Instant correctedAt;
  private String beforeText;
  private String afterText;
  private @Nullable String note;

  protected ActivityCorrection() {}

  ActivityCorrection(
      Long activityId,
      Long correctedById,
      Instant correctedAt,
      String beforeText,
      String afterText,
      @Nullable String note) {
    this.activityId = activityId;
    this.correctedById = correctedById;
    this.correctedAt = correctedAt;
    this.beforeText = beforeText;
    this.afterText = afterText;
    this.note = note;
  }

  @Nullable String getNote() {
    return note;
  }

  String getBeforeText() {
    return beforeText;
  }
}
