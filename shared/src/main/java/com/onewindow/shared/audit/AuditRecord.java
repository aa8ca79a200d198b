package com.onewindow.shared.audit;

import java.time.Instant;

/** An audit entry as screens show it. */
public record AuditRecord(Instant at, String actorName, String action, String changes) {}
