package com.onewindow.shared.inventory;

import com.onewindow.shared.common.LocalizedText;
import com.onewindow.shared.common.Money;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A running service as My company and the backoffice show it. */
public record ActiveServiceView(
    Long id,
    Long siteId,
    String siteAddress,
    @Nullable String siteLabel,
    LocalizedText name,
    @Nullable LocalizedText option,
    Money monthlyPrice,
    Instant activeSince,
    long requestId) {}
