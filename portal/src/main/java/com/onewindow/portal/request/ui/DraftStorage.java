package com.onewindow.portal.request.ui;

import com.vaadin.flow.component.Component;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Reads and writes the wizard's draft in the browser's localStorage (no frontend bundle). A
 * submitted draft's key is remembered, so that a second tab still showing the draft can neither
 * write it back nor bring it back: it is refused on save and dropped on load.
 */
public final class DraftStorage {

  static final String SUBMITTED_KEYS = "onewindow.connect.submitted";
  private static final int KEYS_KEPT = 20;
  private static final String SUBMITTED =
      "const submitted = JSON.parse(localStorage.getItem('" + SUBMITTED_KEYS + "') || '[]');";

  private DraftStorage() {}

  static void save(Component component, WizardDraft draft) {
    component
        .getElement()
        .executeJs(
            SUBMITTED + "if (!submitted.includes($2)) localStorage.setItem($0, $1);",
            WizardDraft.STORAGE_KEY,
            draft.toJson(),
            draft.key);
  }

  /**
   * Forgets the submitted draft in every tab of this browser. It runs on the page, not on the
   * wizard, which the navigation after a submission detaches before the browser hears of it.
   */
  static void clear(Component component, WizardDraft draft) {
    component
        .getUI()
        .orElseThrow()
        .getPage()
        .executeJs(
            SUBMITTED
                + "submitted.push($1);"
                + "localStorage.setItem('"
                + SUBMITTED_KEYS
                + "', JSON.stringify(submitted.slice(-$2)));"
                + "localStorage.removeItem($0);",
            WizardDraft.STORAGE_KEY,
            draft.key,
            KEYS_KEPT);
  }

  /** Calls back with the stored draft's JSON, or null when the browser has none to go on with. */
  public static void load(Component component, Consumer<@Nullable String> json) {
    component
        .getElement()
        .executeJs(
            SUBMITTED
                + "const draft = localStorage.getItem($0);"
                + "try {"
                + "  if (draft && submitted.includes(JSON.parse(draft).key)) {"
                + "    localStorage.removeItem($0); return null; }"
                + "} catch (e) { return draft; }"
                + "return draft;",
            WizardDraft.STORAGE_KEY)
        .then(String.class, json::accept, error -> json.accept(null));
  }

  /** The draft as far as a registration form can use it: contact and INN. */
  public static void loadContact(Component component, Consumer<WizardDraft> draft) {
    load(component, json -> draft.accept(WizardDraft.fromJson(json)));
  }
}
