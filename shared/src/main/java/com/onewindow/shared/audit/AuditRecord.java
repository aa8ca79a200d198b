package com.onewindow.shared.audit;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An audit entry as screens show it: the fields that changed, as data to translate, and for entries
 * written in words only (older ones), those words.
 */
public record AuditRecord(
    Instant at,
    String actorName,
    String action,
    List<AuditChange> changes,
    @Nullable String summary) {}
