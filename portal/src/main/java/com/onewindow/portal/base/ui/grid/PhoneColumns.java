package com.onewindow.portal.base.ui.grid;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.page.ExtendedClientDetails;
import java.util.List;

/**
 * Hides a grid's secondary columns while the window is as narrow as a phone's, so the others fit
 * the screen rather than run off it; they come back when the window widens.
 */
public final class PhoneColumns {

  /**
   * The widest window taken for a phone's, in CSS pixels: styles.css switches at the same width.
   */
  static final int PHONE_MAX_WIDTH = 640;

  private PhoneColumns() {}

  public static void hideOnPhones(Grid<?> grid, Grid.Column<?>... columns) {
    var secondary = List.of(columns);
    grid.addAttachListener(
        attach -> {
          var page = attach.getUI().getPage();
          ExtendedClientDetails details = page.getExtendedClientDetails();
          if (details.getWindowInnerWidth() > 0) {
            show(secondary, details.getWindowInnerWidth());
          } else {
            details.refresh(fresh -> show(secondary, fresh.getWindowInnerWidth()));
          }
          var resizing = page.addBrowserWindowResizeListener(e -> show(secondary, e.getWidth()));
          grid.addDetachListener(
              detach -> {
                resizing.remove();
                detach.unregisterListener();
              });
        });
  }

  private static void show(List<Grid.Column<?>> columns, int windowWidth) {
    columns.forEach(c -> c.setVisible(windowWidth > PHONE_MAX_WIDTH));
  }
}
