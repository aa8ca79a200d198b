package com.onewindow.shared.crm;

import com.onewindow.shared.company.Company;
import com.onewindow.shared.staff.Unit;
import org.jspecify.annotations.Nullable;

/**
 * What the channel rules say about who handles a client that calls or is called: a federal client
 * belongs to key accounts (R5); an existing client's new services go to its service manager (R4); a
 * new client stays with the manager who acquired it; a client nobody owns may be taken. The
 * regulations engine enforces these later; here they are told, so that people follow them.
 */
public enum ClientRule {
  FEDERAL_KEY_ACCOUNTS,
  EXISTING_CLIENT_SERVICE_MANAGER,
  NEW_CLIENT_ACQUIRER,
  NO_OWNER;

  public static ClientRule applyingTo(Company company, @Nullable Unit ownerUnit) {
    if (company.isFederal() || ownerUnit == Unit.KEY_ACCOUNT) {
      return FEDERAL_KEY_ACCOUNTS;
    }
    if (ownerUnit == Unit.SERVICE
        || ownerUnit != null && company.cooperationStartedAt().isPresent()) {
      return EXISTING_CLIENT_SERVICE_MANAGER;
    }
    return ownerUnit == null ? NO_OWNER : NEW_CLIENT_ACQUIRER;
  }

  /** The key of the rule's text for people, "rule.<name>". */
  public String messageKey() {
    return "rule." + name();
  }
}
