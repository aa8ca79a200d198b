package com.onewindow.shared.crm;

import com.onewindow.shared.common.LocalizedText;
import com.onewindow.shared.company.Segment;
import com.onewindow.shared.staff.Unit;
import org.jspecify.annotations.Nullable;

/** A row of the client list. */
public record ClientRow(
    Long id,
    String legalName,
    String inn,
    @Nullable String phone,
    Segment segment,
    boolean federal,
    LocalizedText homeBranch,
    @Nullable String ownerName,
    @Nullable Unit ownerUnit) {

  public ClientRow(
      Long id,
      String legalName,
      String inn,
      @Nullable String phone,
      Segment segment,
      boolean federal,
      String branchRu,
      String branchEn,
      @Nullable String ownerName,
      @Nullable Unit ownerUnit) {
    this(
        id,
        legalName,
        inn,
        phone,
        segment,
        federal,
        new LocalizedText(branchRu, branchEn),
        ownerName,
        ownerUnit);
  }
}
