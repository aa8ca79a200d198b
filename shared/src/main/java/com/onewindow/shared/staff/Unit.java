package com.onewindow.shared.staff;

/** The unit a staff member belongs to; the sales units are the channels of PRODUCT.md. */
public enum Unit {
  DIRECT,
  INBOUND,
  KEY_ACCOUNT,
  ONLINE,
  SERVICE,
  TECHNICAL
}
