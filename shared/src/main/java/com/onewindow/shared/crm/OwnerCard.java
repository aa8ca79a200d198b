package com.onewindow.shared.crm;

import com.onewindow.shared.common.LocalizedText;
import com.onewindow.shared.staff.Unit;
import java.time.Instant;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;

/** Who owns a client: enough to tell a caller whom they will talk to, nothing of the client. */
public record OwnerCard(
    long managerId,
    String managerName,
    Unit unit,
    LocalizedText branch,
    ZoneId branchZone,
    @Nullable String phone,
    String email,
    Instant since) {

  static OwnerCard of(Ownership o) {
    var m = o.getManager();
    return new OwnerCard(
        m.getId(),
        m.getFullName(),
        o.getUnit(),
        o.getBranch().name(),
        o.getBranch().zone(),
        m.getPhone(),
        m.getEmail(),
        o.getValidFrom());
  }
}
