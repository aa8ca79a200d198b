package com.onewindow.shared.crm;

import com.onewindow.shared.company.Company;
import com.onewindow.shared.company.Contact;
import com.onewindow.shared.coverage.Branch;
import com.onewindow.shared.request.Channel;
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
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A call, meeting, email or contract a manager logged against a client (R1, C4), in the channel of
 * the manager's unit. Its manager may correct it on the day it happened; later, only with a note.
 */
@Entity
@Table(name = "crm_activity")
public class Activity {

  public static final int OUTCOME_MAX = 500;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "company_id")
  private Company company;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "contact_id")
  private @Nullable Contact contact;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "manager_id")
  private StaffUser manager;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "branch_id")
  private Branch branch;

  @Enumerated(EnumType.STRING)
  private @Nullable Channel channel;

  @Enumerated(EnumType.STRING)
  private ActivityType type;

  private Instant occurredAt;
  private @Nullable String outcome;
  private Instant createdAt;

  @Version private long version;

  protected Activity() {}

  Activity(
      Company company,
      @Nullable Contact contact,
      StaffUser manager,
      @Nullable Channel channel,
      ActivityType type,
      Instant occurredAt,
      @Nullable String outcome,
      Instant createdAt) {
    this.company = company;
    this.contact = contact;
    this.manager = manager;
    this.branch = manager.getBranch();
    this.channel = channel;
    this.type = type;
    this.occurredAt = occurredAt;
    this.outcome = outcome;
    this.createdAt = createdAt;
  }

  /** Whether a correction at this moment still falls on the activity's own day (branch time). */
  boolean isSameDay(Instant now) {
    var zone = branch.zone();
    LocalDate day = occurredAt.atZone(zone).toLocalDate();
    return day.equals(now.atZone(zone).toLocalDate());
  }

  String describe() {
    return type + " " + occurredAt + " " + (outcome == null ? "" : outcome);
  }

  void change(ActivityType type, @Nullable String outcome) {
    this.type = type;
    this.outcome = outcome;
  }

  public Long getId() {
    return id;
  }

  public Company getCompany() {
    return company;
  }

  public @Nullable Contact getContact() {
    return contact;
  }

  public StaffUser getManager() {
    return manager;
  }

  public Branch getBranch() {
    return branch;
  }

  public ActivityType getType() {
    return type;
  }

  public Instant getOccurredAt() {
    return occurredAt;
  }

  public @Nullable String getOutcome() {
    return outcome;
  }
}
