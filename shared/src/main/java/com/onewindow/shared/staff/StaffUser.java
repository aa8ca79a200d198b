package com.onewindow.shared.staff;

import com.onewindow.shared.coverage.Branch;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** An employee of the operator who signs in to the backoffice. */
@Entity
public class StaffUser {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String username;
  private String passwordHash;
  private String fullName;
  private String email;
  private @Nullable String phone;

  @Enumerated(EnumType.STRING)
  private Unit unit;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "branch_id")
  private Branch branch;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "head_id")
  private @Nullable StaffUser head;

  private boolean enabled = true;
  private String language = "ru";

  @Version private long version;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "staff_user_role", joinColumns = @JoinColumn(name = "staff_user_id"))
  @Column(name = "role")
  @Enumerated(EnumType.STRING)
  private Set<Role> roles = EnumSet.noneOf(Role.class);

  protected StaffUser() {}

  public StaffUser(
      String username,
      String passwordHash,
      String fullName,
      String email,
      Unit unit,
      Branch branch,
      Set<Role> roles) {
    if (roles.isEmpty()) {
      throw new IllegalArgumentException("a staff user needs at least one role");
    }
    this.username = username;
    this.passwordHash = passwordHash;
    this.fullName = fullName;
    this.email = email;
    this.unit = unit;
    this.branch = branch;
    this.roles = EnumSet.copyOf(roles);
  }

  public StaffUser reportingTo(StaffUser head) {
    this.head = head;
    return this;
  }

  public StaffUser withPhone(String phone) {
    this.phone = phone;
    return this;
  }

  public Long getId() {
    return id;
  }

  public String getUsername() {
    return username;
  }

  public String getPasswordHash() {
    return passwordHash;
  }

  public String getFullName() {
    return fullName;
  }

  public String getEmail() {
    return email;
  }

  public @Nullable String getPhone() {
    return phone;
  }

  public Unit getUnit() {
    return unit;
  }

  public Branch getBranch() {
    return branch;
  }

  public @Nullable StaffUser getHead() {
    return head;
  }

  public boolean isEnabled() {
    return enabled;
  }

  public String getLanguage() {
    return language;
  }

  public Set<Role> getRoles() {
    return Collections.unmodifiableSet(roles);
  }

  public boolean hasRole(Role role) {
    return roles.contains(role);
  }
}
