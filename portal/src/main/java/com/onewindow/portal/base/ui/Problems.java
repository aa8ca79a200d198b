package com.onewindow.portal.base.ui;

import com.onewindow.shared.catalog.ProductCategory;
import com.onewindow.shared.common.LocalizedText;
import com.onewindow.shared.request.OrderProblem;
import com.vaadin.flow.component.Component;
import java.util.Collection;
import java.util.stream.Collectors;

/** Words a rule's problem in the user's language, including catalog names among its arguments. */
public final class Problems {

  private Problems() {}

  public static String text(Component component, OrderProblem problem) {
    var locale =
        component.getUI().map(com.vaadin.flow.component.UI::getLocale).orElse(Translations.RUSSIAN);
    Object[] args =
        problem.args().stream()
            .map(
                arg ->
                    switch (arg) {
                      case LocalizedText text -> text.in(locale);
                      case ProductCategory category ->
                          component.getTranslation("category." + category);
                      case Collection<?> many ->
                          many.stream()
                              .map(
                                  c ->
                                      c instanceof ProductCategory pc
                                          ? component.getTranslation("category." + pc)
                                          : String.valueOf(c))
                              .collect(
                                  Collectors.joining(
                                      " " + component.getTranslation("common.or") + " "));
                      default -> arg;
                    })
            .toArray();
    return component.getTranslation(problem.messageKey(), args);
  }
}
