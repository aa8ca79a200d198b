package com.onewindow.shared.crm;

import java.time.Instant;

/** A call the agent has just logged. */
public record CallLogged(long callId, String callerPhone, Instant receivedAt) {}
