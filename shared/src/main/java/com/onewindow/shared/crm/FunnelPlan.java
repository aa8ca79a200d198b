package com.onewindow.shared.crm;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A manager's own daily targets from a date on. Rows are never changed: a new row with a later date
 * (or the same date, set later) supersedes, and the rows are the plan's history.
 */
@Entity
@Table(name = "crm_funnel_plan")
class FunnelPlan {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private Long managerId;
  private LocalDate effectiveFrom;
  private BigDecimal calls;
  private BigDecimal meetings;
  private BigDecimal contracts;
  private Long setById;
  private Instant setAt;

  protected FunnelPlan() {}

  FunnelPlan(
      Long managerId, LocalDate effectiveFrom, DailyTargets targets, Long setById, Instant setAt) {
    this.managerId = managerId;
    this.effectiveFrom = effectiveFrom;
    this.calls = targets.calls();
    this.meetings = targets.meetings();
    this.contracts = targets.contracts();
    this.setById = setById;
    this.setAt = setAt;
  }

  Long getManagerId() {
    return managerId;
  }

  LocalDate getEffectiveFrom() {
    return effectiveFrom;
  }

  Instant getSetAt() {
    return setAt;
  }

  DailyTargets targets() {
    return new DailyTargets(calls, meetings, contracts);
  }
}
