package com.onewindow.shared.account;

import com.onewindow.shared.company.Company;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import org.jspecify.annotations.Nullable;

/**
 * A single-use link sent by mail. Only the SHA-256 of the token is kept, so a copy of the database
 * opens no account; the token itself exists only in the mail.
 */
@Entity
class AccountToken {

  enum Purpose {
    CONFIRM_EMAIL(Duration.ofHours(24)),
    RESET_PASSWORD(Duration.ofHours(1)),
    INVITATION(Duration.ofDays(7));

    final Duration validFor;

    Purpose(Duration validFor) {
      this.validFor = validFor;
    }
  }

  private static final SecureRandom RANDOM = new SecureRandom();

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Enumerated(EnumType.STRING)
  private Purpose purpose;

  private String tokenHash;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "customer_user_id")
  private @Nullable CustomerUser customerUser;

  private @Nullable String email;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "company_id")
  private @Nullable Company company;

  private Instant createdAt;
  private Instant expiresAt;
  private @Nullable Instant usedAt;

  protected AccountToken() {}

  private AccountToken(Purpose purpose, String tokenHash, Instant now) {
    this.purpose = purpose;
    this.tokenHash = tokenHash;
    this.createdAt = now;
    this.expiresAt = now.plus(purpose.validFor);
  }

  /** A new token: the entity to store and the raw token to put in the link. */
  record Issued(AccountToken token, String raw) {}

  static Issued forUser(Purpose purpose, CustomerUser user, Instant now) {
    String raw = newRaw();
    var token = new AccountToken(purpose, hash(raw), now);
    token.customerUser = user;
    token.email = user.getEmail();
    return new Issued(token, raw);
  }

  static Issued invitation(String email, Company company, Instant now) {
    String raw = newRaw();
    var token = new AccountToken(Purpose.INVITATION, hash(raw), now);
    token.email = email;
    token.company = company;
    return new Issued(token, raw);
  }

  static String hash(String raw) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(raw.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String newRaw() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  boolean isUsableAt(Purpose wanted, Instant now) {
    return purpose == wanted && usedAt == null && now.isBefore(expiresAt);
  }

  void use(Instant now) {
    this.usedAt = now;
  }

  @Nullable CustomerUser getCustomerUser() {
    return customerUser;
  }

  @Nullable String getEmail() {
    return email;
  }

  @Nullable Company getCompany() {
    return company;
  }
}
