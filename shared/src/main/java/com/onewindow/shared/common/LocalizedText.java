package com.onewindow.shared.common;

import java.util.Locale;

/** A text kept in both languages of the product; Russian is the default. */
public record LocalizedText(String ru, String en) {

  public String in(Locale locale) {
    return "en".equals(locale.getLanguage()) ? en : ru;
  }
}
