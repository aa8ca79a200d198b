package com.onewindow.shared.crm;

import com.onewindow.shared.request.Channel;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A contract as the client's card shows it: number, date, contact, who entered it, and its
 * attribution with the changes, newest first; {@code changeable} when the caller may change that
 * attribution (a head of the contract's branch, or of the head office).
 */
public record ContractView(
    Long id,
    @Nullable String number,
    LocalDate signedOn,
    @Nullable String contactName,
    String managerName,
    Channel channel,
    @Nullable Long foundById,
    @Nullable String foundBy,
    @Nullable Long carriedById,
    @Nullable String carriedBy,
    List<AttributionView.Change> changes,
    boolean changeable) {}
