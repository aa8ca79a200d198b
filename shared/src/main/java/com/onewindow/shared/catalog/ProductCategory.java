package com.onewindow.shared.catalog;

/** The kinds of service the operator sells. */
public enum ProductCategory {
  INTERNET,
  TELEPHONY,
  CLOUD_PBX,
  SITE_NETWORK,
  VANITY_NUMBER
}
