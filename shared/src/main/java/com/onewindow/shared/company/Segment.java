package com.onewindow.shared.company;

/** Small and medium business, or a federal client with sites across the country (R5). */
public enum Segment {
  SMB,
  FEDERAL
}
