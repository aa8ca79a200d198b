package com.onewindow.shared.security;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** A signed-in portal user and the one company whose data they may see. */
public final class CustomerPrincipal implements UserDetails, CredentialsContainer {

  public static final String ROLE = "ROLE_CUSTOMER";

  private final long customerUserId;
  private final String email;
  private final String fullName;
  private final @Nullable Long companyId;
  private final boolean enabled;
  private String passwordHash;

  public CustomerPrincipal(
      long customerUserId,
      String email,
      String fullName,
      @Nullable Long companyId,
      boolean enabled,
      String passwordHash) {
    this.customerUserId = customerUserId;
    this.email = email;
    this.fullName = fullName;
    this.companyId = companyId;
    this.enabled = enabled;
    this.passwordHash = passwordHash;
  }

  public long customerUserId() {
    return customerUserId;
  }

  public String fullName() {
    return fullName;
  }

  /** The company this user may see; empty until the company's administrator accepts the user. */
  public Optional<Long> companyId() {
    return Optional.ofNullable(companyId);
  }

  public Actor asActor() {
    return Actor.customer(customerUserId, fullName, companyId);
  }

  @Override
  public Collection<? extends GrantedAuthority> getAuthorities() {
    return List.of(new SimpleGrantedAuthority(ROLE));
  }

  @Override
  public String getPassword() {
    return passwordHash;
  }

  @Override
  public String getUsername() {
    return email;
  }

  @Override
  public boolean isEnabled() {
    return enabled;
  }

  @Override
  public void eraseCredentials() {
    passwordHash = "";
  }
}
