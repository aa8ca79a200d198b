package com.onewindow.shared.crm;

import com.onewindow.shared.common.BusinessRuleViolation;
import com.onewindow.shared.company.Address;
import com.onewindow.shared.coverage.Branch;
import com.onewindow.shared.coverage.CoverageEntries;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/** The branch that serves an address, from the coverage map. */
@Component
class Coverage {

  private static final Pattern LEADING_NUMBER = Pattern.compile("^\\s*(\\d+)");

  private final CoverageEntries entries;

  Coverage(CoverageEntries entries) {
    this.entries = entries;
  }

  Branch branchServing(Address address) {
    var number = LEADING_NUMBER.matcher(address.house());
    if (!number.find()) {
      throw new BusinessRuleViolation("crm.error.houseNumber");
    }
    return entries
        .findCovering(
            address.city().strip(), address.street().strip(), Integer.parseInt(number.group(1)))
        .stream()
        .findFirst()
        .orElseThrow(() -> new BusinessRuleViolation("crm.error.notCovered", address.oneLine()))
        .getBranch();
  }
}
