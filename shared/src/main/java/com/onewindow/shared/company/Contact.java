package com.onewindow.shared.company;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import org.jspecify.annotations.Nullable;

/** A contact person of a client company. */
@Entity
public class Contact {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "company_id")
  private Company company;

  private String fullName;
  private @Nullable String position;
  private @Nullable String phone;
  private @Nullable String email;
  private @Nullable String phoneKey;

  protected Contact() {}

  Contact(
      Company company,
      String fullName,
      @Nullable String position,
      @Nullable String phone,
      @Nullable String email) {
    this.company = company;
    this.fullName = fullName;
    this.position = position;
    this.phone = phone;
    this.email = email;
  }

  @PrePersist
  @PreUpdate
  void refreshSearchKeys() {
    this.phoneKey = CompanyKeys.phoneKey(phone);
  }

  public Long getId() {
    return id;
  }

  public Company getCompany() {
    return company;
  }

  public String getFullName() {
    return fullName;
  }

  public @Nullable String getPosition() {
    return position;
  }

  public @Nullable String getPhone() {
    return phone;
  }

  public @Nullable String getEmail() {
    return email;
  }
}
