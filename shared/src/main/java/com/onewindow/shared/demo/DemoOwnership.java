package com.onewindow.shared.demo;

import com.onewindow.shared.company.Company;
import com.onewindow.shared.crm.OwnershipLedger;
import com.onewindow.shared.crm.OwnershipReason;
import com.onewindow.shared.demo.DemoWorld.Tenure;
import com.onewindow.shared.staff.Role;
import com.onewindow.shared.staff.Unit;
import java.time.Duration;
import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * Gives every demo client its owners, as the regulations would have: federal clients belong to key
 * accounts (R5); the others were found by the direct-sales manager of their branch and, three
 * months after their first connection, handed to the branch's service manager (R3). So the Saratov
 * bakery of the source article has been with service.saratov for about three years.
 */
@Component
class DemoOwnership {

  private static final Duration NEW_CLIENT = Duration.ofDays(91);

  private final OwnershipLedger ledger;

  DemoOwnership(OwnershipLedger ledger) {
    this.ledger = ledger;
  }

  void create(DemoWorld world) {
    for (Company company : world.companies) {
      if (company.isFederal()) {
        var kam = world.staff("kam.moscow");
        ledger.transfer(company, kam, OwnershipReason.FEDERAL, null, company.getCreatedAt());
        world.tenures.add(new Tenure(company, kam, company.getCreatedAt(), null));
        continue;
      }
      String branch = company.getHomeBranch().getCode();
      var acquirer = DemoStaff.of(world, Unit.DIRECT, branch, Role.SALES_MANAGER);
      ledger.transfer(company, acquirer, OwnershipReason.ACQUIRED, null, company.getCreatedAt());
      Instant handover =
          company
              .cooperationStartedAt()
              .map(started -> started.plus(NEW_CLIENT))
              .filter(at -> at.isBefore(world.now))
              .orElse(null);
      world.tenures.add(new Tenure(company, acquirer, company.getCreatedAt(), handover));
      if (handover != null) {
        var farmer = DemoStaff.of(world, Unit.SERVICE, branch, Role.SERVICE_MANAGER);
        ledger.transfer(company, farmer, OwnershipReason.HANDOVER, null, handover);
        world.tenures.add(new Tenure(company, farmer, handover, null));
      }
    }
  }
}
