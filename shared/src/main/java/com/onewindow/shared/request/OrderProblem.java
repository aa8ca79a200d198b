package com.onewindow.shared.request;

import java.util.List;

/**
 * One thing wrong with an order, for the field it belongs to ("inn", "sites[1].house",
 * "sites[0].bundle"). The arguments may be {@code LocalizedText} or {@code ProductCategory} sets,
 * which each app words in the user's language.
 */
public record OrderProblem(String field, String messageKey, List<Object> args) {

  public OrderProblem {
    args = List.copyOf(args);
  }

  static OrderProblem of(String field, String messageKey, Object... args) {
    return new OrderProblem(field, messageKey, List.of(args));
  }

  public static String siteField(int index, String field) {
    return "sites[" + index + "]." + field;
  }
}
