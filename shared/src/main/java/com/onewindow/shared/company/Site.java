package com.onewindow.shared.company;

import com.onewindow.shared.coverage.Branch;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import org.jspecify.annotations.Nullable;

/** A premises of a client company, served by the branch that covers its address. */
@Entity
public class Site {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "company_id")
  private Company company;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "branch_id")
  private Branch branch;

  private @Nullable String label;

  @Embedded private Address address;

  protected Site() {}

  Site(Company company, @Nullable String label, Address address, Branch branch) {
    this.company = company;
    this.label = label;
    this.address = address;
    this.branch = branch;
  }

  public Long getId() {
    return id;
  }

  public Company getCompany() {
    return company;
  }

  public Branch getBranch() {
    return branch;
  }

  public @Nullable String getLabel() {
    return label;
  }

  public Address getAddress() {
    return address;
  }
}
