package com.onewindow.shared.crm;

/** Why a manager came to own a client; the regulations engine adds its own reasons (R3, R5, R6). */
public enum OwnershipReason {
  /** The manager entered the client (found it). */
  ACQUIRED,
  /** A head or an administrator assigned the client. */
  ASSIGNED,
  /** Handed over to the branch's service manager after the new-client months (R3). */
  HANDOVER,
  /** Reserved for the key-account unit as a federal client (R5). */
  FEDERAL,
  /** A head decided a conflict between units (R6). */
  CONFLICT_DECISION,
  /** Carried over from the records kept before OneWindow. */
  MIGRATED
}
