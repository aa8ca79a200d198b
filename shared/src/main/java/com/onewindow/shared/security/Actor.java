package com.onewindow.shared.security;

import com.onewindow.shared.staff.Role;
import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Who acts on a record: a staff member with roles, a customer of one company, or the system itself
 * (scheduled jobs, demo data). Aggregates check it; timelines name it.
 */
public record Actor(
    Kind kind, @Nullable Long id, String name, Set<Role> roles, @Nullable Long companyId) {

  public enum Kind {
    STAFF,
    CUSTOMER,
    SYSTEM
  }

  public Actor {
    roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
  }

  public static Actor staff(long id, String name, Set<Role> roles) {
    return new Actor(Kind.STAFF, id, name, roles, null);
  }

  public static Actor customer(long id, String name, @Nullable Long companyId) {
    return new Actor(Kind.CUSTOMER, id, name, Set.of(), companyId);
  }

  public static Actor system() {
    return new Actor(Kind.SYSTEM, null, "OneWindow", Set.of(), null);
  }

  public boolean isStaff() {
    return kind == Kind.STAFF;
  }

  public boolean isCustomer() {
    return kind == Kind.CUSTOMER;
  }

  public boolean isSystem() {
    return kind == Kind.SYSTEM;
  }

  public boolean hasAnyRole(Set<Role> wanted) {
    return wanted.stream().anyMatch(roles::contains);
  }
}
