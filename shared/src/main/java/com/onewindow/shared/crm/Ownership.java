package com.onewindow.shared.crm;

import com.onewindow.shared.company.Company;
import com.onewindow.shared.coverage.Branch;
import com.onewindow.shared.staff.StaffUser;
import com.onewindow.shared.staff.Unit;
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
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A period in which one manager owned a client: from, to (open while current), the manager's unit
 * and branch at the time, and why. A company has at most one current row (the database's unique key
 * on {@code current_company_id} holds it); closed rows are its owner history.
 */
@Entity
@Table(name = "crm_ownership")
public class Ownership {

  public static final int NOTE_MAX = 500;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "company_id")
  private Company company;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "manager_id")
  private StaffUser manager;

  @Enumerated(EnumType.STRING)
  private Unit unit;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "branch_id")
  private Branch branch;

  private Instant validFrom;
  private @Nullable Instant validTo;

  @Enumerated(EnumType.STRING)
  private OwnershipReason reason;

  private @Nullable String note;
  private @Nullable Long currentCompanyId;

  @Version private long version;

  protected Ownership() {}

  Ownership(
      Company company,
      StaffUser manager,
      OwnershipReason reason,
      @Nullable String note,
      Instant from) {
    this.company = company;
    this.manager = manager;
    this.unit = manager.getUnit();
    this.branch = manager.getBranch();
    this.reason = reason;
    this.note = note == null || note.isBlank() ? null : note.strip();
    this.validFrom = from;
    this.currentCompanyId = company.getId();
  }

  void end(Instant at) {
    if (validTo != null) {
      throw new IllegalStateException("ownership already ended");
    }
    this.validTo = at.isBefore(validFrom) ? validFrom : at;
    this.currentCompanyId = null;
  }

  public boolean isCurrent() {
    return validTo == null;
  }

  public Long getId() {
    return id;
  }

  public Company getCompany() {
    return company;
  }

  public StaffUser getManager() {
    return manager;
  }

  public Unit getUnit() {
    return unit;
  }

  public Branch getBranch() {
    return branch;
  }

  public Instant getValidFrom() {
    return validFrom;
  }

  public Optional<Instant> validTo() {
    return Optional.ofNullable(validTo);
  }

  public OwnershipReason getReason() {
    return reason;
  }

  public @Nullable String getNote() {
    return note;
  }
}
