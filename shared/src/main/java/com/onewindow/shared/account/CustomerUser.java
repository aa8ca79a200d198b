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
  public static final int PASSWORD_MIN = 10;
  static final int LOCK_AFTER_FAILURES = 5;

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
  private int failedLogins;
  private @Nullable Instant lockedUntil;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "pending_company_id")
  private @Nullable Company pendingCompany;

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

  /** Asks to join a company that already has users: no access until its administrator accepts. */
  public CustomerUser requestMembership(Company company) {
    this.pendingCompany = company;
    return this;
  }

  /** The company's administrator accepted the user: a member now, not an administrator. */
  public void acceptInto(Company company) {
    if (pendingCompany == null || !pendingCompany.getId().equals(company.getId())) {
      throw new IllegalStateException("no pending membership in this company");
    }
    this.company = company;
    this.pendingCompany = null;
  }

  /** The administrator turned the request down. */
  public void requestMembershipWithdrawn() {
    this.pendingCompany = null;
  }

  /** Joins by an invitation of the company's administrator. */
  public CustomerUser joinByInvitation(Company company) {
    this.company = company;
    this.pendingCompany = null;
    return this;
  }

  public CustomerUser withPhone(@Nullable String phone) {
    this.phone = phone;
    return this;
  }

  public void changePassword(String newPasswordHash) {
    this.passwordHash = newPasswordHash;
    this.failedLogins = 0;
    this.lockedUntil = null;
  }

  /**
   * Counts a failed sign-in. From the fifth in a row on, the account is locked for a time that
   * doubles with each further failure: 1, 2, 4 … minutes, at most an hour.
   */
  public void recordFailedLogin(Instant now) {
    failedLogins++;
    if (failedLogins >= LOCK_AFTER_FAILURES) {
      long minutes = Math.min(60, 1L << Math.min(failedLogins - LOCK_AFTER_FAILURES, 6));
      lockedUntil = now.plus(java.time.Duration.ofMinutes(minutes));
    }
  }

  public void recordSuccessfulLogin() {
    failedLogins = 0;
    lockedUntil = null;
  }

  public boolean isLockedAt(Instant now) {
    return lockedUntil != null && now.isBefore(lockedUntil);
  }

  public @Nullable Instant getLockedUntil() {
    return lockedUntil;
  }

  public int getFailedLogins() {
    return failedLogins;
  }

  public @Nullable Company getPendingCompany() {
    return pendingCompany;
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
