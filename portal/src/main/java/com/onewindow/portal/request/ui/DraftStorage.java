package com.onewindow.portal.request.ui;

import com.vaadin.flow.component.Component;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/** Reads and writes the wizard's draft in the browser's localStorage (no frontend bundle). */
public final class DraftStorage {

  private DraftStorage() {}

  static void save(Component component, WizardDraft draft) {
    component
        .getElement()
        .executeJs("localStorage.setItem($0, $1)", WizardDraft.STORAGE_KEY, draft.toJson());
  }

  static void clear(Component component) {
    component.getElement().executeJs("localStorage.removeItem($0)", WizardDraft.STORAGE_KEY);
  }

  /** Calls back with the stored draft's JSON, or null when the browser has none. */
  public static void load(Component component, Consumer<@Nullable String> json) {
    component
        .getElement()
        .executeJs("return localStorage.getItem($0)", WizardDraft.STORAGE_KEY)
        .then(String.class, json::accept, error -> json.accept(null));
  }

  /** The draft as far as a registration form can use it: contact and INN. */
  public static void loadContact(Component component, Consumer<WizardDraft> draft) {
    load(component, json -> draft.accept(WizardDraft.fromJson(json)));
  }
}
