package com.onewindow.shared.company;

import com.onewindow.shared.catalog.Industry;
import com.onewindow.shared.coverage.Branch;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** A client company, unique by its INN, with its sites and contact persons. */
@Entity
public class Company {

  public static final int LEGAL_NAME_MAX = 255;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String inn;
  private @Nullable String kpp;
  private String legalName;

  @Enumerated(EnumType.STRING)
  private Industry industry;

  @Enumerated(EnumType.STRING)
  private Segment segment;

  private boolean federal;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "home_branch_id")
  private Branch homeBranch;

  private @Nullable String phone;
  private @Nullable String nameKey;
  private @Nullable String phoneKey;
  private @Nullable Instant cooperationStartedAt;
  private Instant createdAt;

  @Version private long version;

  @OneToMany(mappedBy = "company", cascade = CascadeType.ALL, orphanRemoval = true)
  private List<Site> sites = new ArrayList<>();

  @OneToMany(mappedBy = "company", cascade = CascadeType.ALL, orphanRemoval = true)
  private List<Contact> contacts = new ArrayList<>();

  protected Company() {}

  public Company(
      Inn inn,
      @Nullable Kpp kpp,
      String legalName,
      Industry industry,
      Branch homeBranch,
      Instant createdAt) {
    if (legalName.isBlank()) {
      throw new IllegalArgumentException("legal name is blank");
    }
    this.inn = inn.value();
    this.kpp = kpp == null ? null : kpp.value();
    this.legalName = legalName.strip();
    this.industry = industry;
    this.segment = Segment.SMB;
    this.homeBranch = homeBranch;
    this.createdAt = createdAt;
  }

  /** A federal client, served only by the head-office key-account unit (R5). */
  public Company markFederal() {
    this.federal = true;
    this.segment = Segment.FEDERAL;
    return this;
  }

  public Company withPhone(@Nullable String phone) {
    this.phone = phone;
    return this;
  }

  public Site addSite(@Nullable String label, Address address, Branch branch) {
    var site = new Site(this, label, address, branch);
    sites.add(site);
    return site;
  }

  public Contact addContact(
      String fullName, @Nullable String position, @Nullable String phone, @Nullable String email) {
    var contact = new Contact(this, fullName, position, phone, email);
    contacts.add(contact);
    return contact;
  }

  /**
   * Records the start of cooperation at the first activation; the three months of being a new
   * client count from here (R3). Later activations leave it as it is.
   */
  public void startCooperationIfFirst(Instant at) {
    if (cooperationStartedAt == null) {
      cooperationStartedAt = at;
    }
  }

  @PrePersist
  @PreUpdate
  void refreshSearchKeys() {
    this.nameKey = CompanyKeys.nameKey(legalName);
    this.phoneKey = CompanyKeys.phoneKey(phone);
  }

  public Long getId() {
    return id;
  }

  public Inn inn() {
    return new Inn(inn);
  }

  public Optional<Kpp> kpp() {
    return Optional.ofNullable(kpp).map(Kpp::new);
  }

  public String getLegalName() {
    return legalName;
  }

  public Industry getIndustry() {
    return industry;
  }

  public Segment getSegment() {
    return segment;
  }

  public boolean isFederal() {
    return federal;
  }

  public Branch getHomeBranch() {
    return homeBranch;
  }

  public @Nullable String getPhone() {
    return phone;
  }

  public Optional<Instant> cooperationStartedAt() {
    return Optional.ofNullable(cooperationStartedAt);
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public List<Site> getSites() {
    return Collections.unmodifiableList(sites);
  }

  public List<Contact> getContacts() {
    return Collections.unmodifiableList(contacts);
  }
}
