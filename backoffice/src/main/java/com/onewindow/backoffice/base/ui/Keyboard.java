package com.onewindow.backoffice.base.ui;

import com.vaadin.flow.component.textfield.TextArea;

/** Keyboard habits shared by the staff screens. */
public final class Keyboard {

  private Keyboard() {}

  /**
   * A plain Enter in the text area stays there (a new line) instead of reaching an Enter shortcut
   * of its dialog or page; Ctrl+Enter (Cmd+Enter on a Mac) still goes on, e.g. to submit.
   */
  public static void keepEnterForNewLines(TextArea area) {
    area.getElement()
        .executeJs(
            "this.addEventListener('keydown', e => {"
                + " if (e.key === 'Enter' && !e.ctrlKey && !e.metaKey) e.stopPropagation(); });");
  }
}
