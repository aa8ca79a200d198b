package com.onewindow.portal.request.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * Where a guest at the end of the wizard goes to sign in: the sign-in page brings them back here,
 * and from here to the wizard with their draft.
 */
@Route("connect/finish")
@RolesAllowed("CUSTOMER")
public class ConnectFinishView extends Div implements BeforeEnterObserver, HasDynamicTitle {

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    event.forwardTo(ConnectWizardView.class);
  }

  @Override
  public String getPageTitle() {
    return getTranslation("wizard.heading");
  }
}
