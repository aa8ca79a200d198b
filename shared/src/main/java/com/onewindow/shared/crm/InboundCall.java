package com.onewindow.shared.crm;

import com.onewindow.shared.common.BusinessRuleViolation;
import com.onewindow.shared.company.Company;
import com.onewindow.shared.staff.StaffUser;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A call to the single central number, as the inbound agent logged it, and how it ended (C3). */
@Entity
@Table(name = "crm_inbound_call")
class InboundCall {

  static final int REASON_MAX = 1000;

  /** How a call ended. */
  enum Outcome {
    OPEN,
    REQUEST_CREATED,
    HANDED_TO_OWNER
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "agent_id")
  private StaffUser agent;

  private String callerPhone;
  private Instant receivedAt;
  private String reason;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "company_id")
  private @Nullable Company company;

  private @Nullable Long requestId;

  @Enumerated(EnumType.STRING)
  private Outcome outcome = Outcome.OPEN;

  protected InboundCall() {}

  InboundCall(StaffUser agent, String callerPhone, Instant receivedAt, String reason) {
    if (callerPhone.isBlank() || reason.isBlank()) {
      throw new BusinessRuleViolation("crm.error.callIncomplete");
    }
    this.agent = agent;
    this.callerPhone = callerPhone.strip();
    this.receivedAt = receivedAt;
    this.reason = reason.strip();
  }

  void endWithRequest(Company company, long requestId) {
    requireOpen();
    this.company = company;
    this.requestId = requestId;
    this.outcome = Outcome.REQUEST_CREATED;
  }

  void handOver(Company company) {
    requireOpen();
    this.company = company;
    this.outcome = Outcome.HANDED_TO_OWNER;
  }

  private void requireOpen() {
    if (outcome != Outcome.OPEN) {
      throw new BusinessRuleViolation("crm.error.callClosed");
    }
  }

  Long getId() {
    return id;
  }

  StaffUser getAgent() {
    return agent;
  }

  String getCallerPhone() {
    return callerPhone;
  }

  Instant getReceivedAt() {
    return receivedAt;
  }

  String getReason() {
    return reason;
  }
}
