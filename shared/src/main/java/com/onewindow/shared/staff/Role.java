package com.onewindow.shared.staff;

/** What a staff member may do in the backoffice (PRODUCT.md section 2). */
public enum Role {
  TECHNICIAN,
  INBOUND_AGENT,
  SALES_MANAGER,
  KEY_ACCOUNT_MANAGER,
  SERVICE_MANAGER,
  HEAD,
  ADMIN;

  /** The name Spring Security knows this role by. */
  public String authority() {
    return "ROLE_" + name();
  }
}
