package com.onewindow.portal.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import java.util.Locale;

/**
 * One button that offers the other language: "English" on a Russian page, "Русский" on an English
 * one.
 */
class LanguageSwitch extends Button {

  LanguageSwitch() {
    boolean english = "en".equals(getLocale().getLanguage());
    setText(english ? "Русский" : "English");
    getElement().setAttribute("lang", english ? "ru" : "en");
    setTooltipText(getTranslation("action.switchLanguage"));
    addThemeVariants(ButtonVariant.LUMO_TERTIARY);
    addClickListener(
        e -> LanguagePreference.switchTo(english ? Translations.RUSSIAN : Locale.ENGLISH));
  }
}
