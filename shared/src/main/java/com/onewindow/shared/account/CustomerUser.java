package com.onewindow.shared.account;

import com.onewindow.shared.company.Company;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * An employee of a client company who signs in to the portal. Until the company is known (or its
 * administrator has accepted the user) the account sees no company data.
 */
@Entity
public class CustomerUser {

  public static final int EMAIL_MAX = 254;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String email;
  private String passwordHash;
  private String fullName;
  private @Nullable String phone;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "company_id")
  private @Nullable Company company;

  private boolean companyAdmin;
  private boolean emailConfirmed;
  private boolean enabled = true;
  private String language = "ru";
  private Instant createdAt;

  @Version private long version;

  protected CustomerUser() {}

  public CustomerUser(String email, String passwordHash, String fullName, Instant createdAt) {
    this.email = email.strip().toLowerCase(Locale.ROOT);
    this.passwordHash = passwordHash;
    this.fullName = fullName;
    this.createdAt = createdAt;
  }

  /** Joins the company as its first user, who administers the company's users. */
  public CustomerUser administer(Company company) {
    this.company = company;
    this.companyAdmin = true;
    return this;
  }

  public CustomerUser confirmEmail() {
    this.emailConfirmed = true;
    return this;
  }

  public CustomerUser speaking(Locale locale) {
    this.language = "en".equals(locale.getLanguage()) ? "en" : "ru";
    return this;
  }

  public Long getId() {
    return id;
  }

  public String getEmail() {
    return email;
  }

  public String getPasswordHash() {
    return passwordHash;
  }

  public String getFullName() {
    return fullName;
  }

  public @Nullable String getPhone() {
    return phone;
  }

  public @Nullable Company getCompany() {
    return company;
  }

  public boolean isCompanyAdmin() {
    return companyAdmin;
  }

  public boolean isEmailConfirmed() {
    return emailConfirmed;
  }

  public boolean isEnabled() {
    return enabled;
  }

  public Locale locale() {
    return Locale.forLanguageTag(language);
  }
}
