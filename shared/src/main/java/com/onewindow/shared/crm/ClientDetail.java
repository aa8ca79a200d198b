package com.onewindow.shared.crm;

import com.onewindow.shared.catalog.Industry;
import com.onewindow.shared.common.LocalizedText;
import com.onewindow.shared.company.Segment;
import com.onewindow.shared.staff.Unit;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A client's card: the company, its sites and contacts, its owner and the owners before. */
public record ClientDetail(
    Long id,
    String legalName,
    String inn,
    @Nullable String kpp,
    Industry industry,
    Segment segment,
    boolean federal,
    @Nullable String phone,
    LocalizedText homeBranch,
    ZoneId homeZone,
    @Nullable Instant cooperationStartedAt,
    List<SiteRow> sites,
    List<ContactRow> contacts,
    @Nullable OwnerCard owner,
    ClientRule rule,
    List<OwnershipRow> ownerHistory) {

  /** A site of the client. */
  public record SiteRow(
      Long id, @Nullable String label, String address, LocalizedText branch, ZoneId zone) {}

  /** A contact person of the client. */
  public record ContactRow(
      Long id,
      String fullName,
      @Nullable String position,
      @Nullable String phone,
      @Nullable String email) {}

  /** One period of ownership. */
  public record OwnershipRow(
      String managerName,
      Unit unit,
      LocalizedText branch,
      Instant from,
      @Nullable Instant to,
      OwnershipReason reason,
      @Nullable String note) {}
}
