package com.onewindow.shared.crm;

import com.onewindow.shared.catalog.Industry;
import com.onewindow.shared.company.Address;
import org.jspecify.annotations.Nullable;

/** A client as entered by staff; a first contact and a first site are optional. */
public record NewClient(
    String inn,
    @Nullable String kpp,
    String legalName,
    Industry industry,
    @Nullable String phone,
    boolean federal,
    @Nullable String contactName,
    @Nullable String contactPhone,
    @Nullable String contactEmail,
    @Nullable Address site) {}
