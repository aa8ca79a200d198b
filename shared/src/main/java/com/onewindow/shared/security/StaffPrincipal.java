package com.onewindow.shared.security;

import com.onewindow.shared.staff.Role;
import com.onewindow.shared.staff.Unit;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** A signed-in staff member: who they are and the scope (branch, unit) their queries take. */
public final class StaffPrincipal implements UserDetails, CredentialsContainer {

  private final long staffId;
  private final String username;
  private final String fullName;
  private final long branchId;
  private final boolean headOffice;
  private final Unit unit;
  private final Set<Role> roles;
  private final boolean enabled;
  private String passwordHash;

  public StaffPrincipal(
      long staffId,
      String username,
      String fullName,
      long branchId,
      boolean headOffice,
      Unit unit,
      Set<Role> roles,
      boolean enabled,
      String passwordHash) {
    this.staffId = staffId;
    this.username = username;
    this.fullName = fullName;
    this.branchId = branchId;
    this.headOffice = headOffice;
    this.unit = unit;
    this.roles = Set.copyOf(roles);
    this.enabled = enabled;
    this.passwordHash = passwordHash;
  }

  public long staffId() {
    return staffId;
  }

  public String fullName() {
    return fullName;
  }

  public long branchId() {
    return branchId;
  }

  /** Head-office staff see every branch. */
  public boolean isHeadOffice() {
    return headOffice;
  }

  public Unit unit() {
    return unit;
  }

  public Set<Role> roles() {
    return roles;
  }

  public boolean hasRole(Role role) {
    return roles.contains(role);
  }

  public boolean hasAnyRole(Set<Role> any) {
    return any.stream().anyMatch(roles::contains);
  }

  public Actor asActor() {
    return Actor.staff(staffId, fullName, roles);
  }

  @Override
  public Collection<? extends GrantedAuthority> getAuthorities() {
    List<GrantedAuthority> authorities =
        roles.stream()
            .map(r -> (GrantedAuthority) new SimpleGrantedAuthority(r.authority()))
            .toList();
    return authorities;
  }

  @Override
  public String getPassword() {
    return passwordHash;
  }

  @Override
  public String getUsername() {
    return username;
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
