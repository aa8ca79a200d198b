package com.onewindow.shared.crm;

import com.onewindow.shared.common.BusinessRuleViolation;

/**
 * A company with this INN exists already. Says who owns it (so the caller can turn to them) and,
 * only when the caller may see it, which company it is.
 */
public class DuplicateInn extends BusinessRuleViolation {

  private final transient InnCheck check;

  DuplicateInn(InnCheck check) {
    super(
        check.owner() == null ? "crm.client.duplicateInnNoOwner" : "crm.client.duplicateInn",
        check.owner() == null ? "" : check.owner().managerName(),
        check.owner() == null ? "" : check.owner().branch().ru());
    this.check = check;
  }

  public InnCheck check() {
    return check;
  }
}
