package com.onewindow.backoffice.base.ui;

import com.onewindow.shared.common.LocalizedArguments;
import com.vaadin.flow.i18n.I18NProvider;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Every visible string comes from the message bundles (shared and backoffice), Russian first. A
 * missing key shows as !key! so that it stands out, and a test keeps the bundles in step.
 */
@Component
class Translations implements I18NProvider {

  static final Locale RUSSIAN = Locale.forLanguageTag("ru");
  static final List<Locale> LOCALES = List.of(RUSSIAN, Locale.ENGLISH);

  private final MessageSource messages;

  Translations(MessageSource messages) {
    this.messages = messages;
  }

  @Override
  public List<Locale> getProvidedLocales() {
    return LOCALES;
  }

  @Override
  public String getTranslation(String key, Locale locale, Object... params) {
    // dates among the arguments (e.g. of a refusal) read in the user's language, not as ISO
    return messages.getMessage(key, LocalizedArguments.in(locale, params), "!" + key + "!", locale);
  }
}
