package com.onewindow.shared.request;

/** The sales channel a request or a client came through (PRODUCT.md section 1). */
public enum Channel {
  DIRECT,
  INBOUND,
  KEY_ACCOUNT,
  ONLINE,
  SERVICE
}
