package com.onewindow.shared.crm;

import com.onewindow.shared.company.Company;
import com.onewindow.shared.staff.StaffUser;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves a client to a new owner: closes the current period at the moment the next one opens, so the
 * history has no gaps and no overlaps. Callers (services, the regulations engine, demo data) decide
 * who may move it; this only keeps the books.
 */
@Component
public class OwnershipLedger {

  private final Ownerships ownerships;

  OwnershipLedger(Ownerships ownerships) {
    this.ownerships = ownerships;
  }

  @Transactional(propagation = Propagation.MANDATORY)
  public Ownership transfer(
      Company company,
      StaffUser manager,
      OwnershipReason reason,
      @Nullable String note,
      Instant at) {
    ownerships
        .findCurrent(company.getId())
        .ifPresent(
            current -> {
              current.end(at);
              // Flush the closed row first: the unique key admits one current row at any moment.
              ownerships.saveAndFlush(current);
            });
    return ownerships.save(new Ownership(company, manager, reason, note, at));
  }
}
