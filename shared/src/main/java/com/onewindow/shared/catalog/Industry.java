package com.onewindow.shared.catalog;

/** The industries the operator builds bundles for, and a client company's line of business. */
public enum Industry {
  HOSPITALITY,
  RESTAURANTS,
  RETAIL,
  OFFICES,
  OTHER
}
