package com.onewindow.shared.coverage;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/** A range of house numbers on a street that a branch serves with one technology. */
@Entity
public class CoverageEntry {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "branch_id")
  private Branch branch;

  private String city;
  private String street;
  private int houseFrom;
  private int houseTo;

  @Enumerated(EnumType.STRING)
  private Technology technology;

  @Enumerated(EnumType.STRING)
  private CoverageStatus status;

  private int maxSpeedMbps;

  protected CoverageEntry() {}

  public CoverageEntry(
      Branch branch,
      String city,
      String street,
      int houseFrom,
      int houseTo,
      Technology technology,
      CoverageStatus status,
      int maxSpeedMbps) {
    if (houseFrom > houseTo) {
      throw new IllegalArgumentException("houseFrom > houseTo");
    }
    this.branch = branch;
    this.city = city;
    this.street = street;
    this.houseFrom = houseFrom;
    this.houseTo = houseTo;
    this.technology = technology;
    this.status = status;
    this.maxSpeedMbps = maxSpeedMbps;
  }

  public Long getId() {
    return id;
  }

  public Branch getBranch() {
    return branch;
  }

  public String getCity() {
    return city;
  }

  public String getStreet() {
    return street;
  }

  public int getHouseFrom() {
    return houseFrom;
  }

  public int getHouseTo() {
    return houseTo;
  }

  public Technology getTechnology() {
    return technology;
  }

  public CoverageStatus getStatus() {
    return status;
  }

  public int getMaxSpeedMbps() {
    return maxSpeedMbps;
  }
}
