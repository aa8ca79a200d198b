package com.onewindow.shared.account;

import com.onewindow.shared.common.LocalizedText;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The customer's company as the portal shows it (P6): its sites and its contact at the operator.
 */
public record MyCompany(
    String legalName,
    String inn,
    @Nullable String kpp,
    LocalizedText homeBranch,
    List<SiteEntry> sites,
    @Nullable OperatorContact contact) {

  public record SiteEntry(long id, String address, LocalizedText branch) {}

  /** The person to call: the service manager of the company's branch (the single window). */
  public record OperatorContact(String fullName, @Nullable String phone, String email) {}
}
