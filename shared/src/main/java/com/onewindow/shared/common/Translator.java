package com.onewindow.shared.common;

/**
 * Looks a message up in the reader's language: a view's getTranslation, or the message source with
 * a mail recipient's locale. Lets shared code phrase things without knowing who reads them.
 */
@FunctionalInterface
public interface Translator {
  String get(String key, Object... arguments);
}
