package com.onewindow.portal.base.ui;

import com.onewindow.shared.common.NotFoundException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * A view opened for a record the user may not see, or that is not there: a service refused it with
 * {@link NotFoundException} while the view was being entered. The same page as for an unknown
 * address, instead of Vaadin's exception page.
 */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class RecordNotFoundView extends NotFoundPage
    implements HasErrorParameter<NotFoundException> {

  @Override
  public int setErrorParameter(
      BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
    return show();
  }
}
