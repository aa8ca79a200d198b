package com.onewindow.shared.crm;

import com.onewindow.shared.company.Address;
import org.jspecify.annotations.Nullable;

/** A one-site request staff enter for a client: where, what, whom to talk to. */
public record OnBehalfRequest(
    long companyId,
    Address address,
    long productId,
    @Nullable Long optionId,
    String contactName,
    String contactPhone,
    String contactEmail,
    @Nullable String comment) {}
