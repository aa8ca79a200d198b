package com.onewindow.backoffice.base.ui;

import com.onewindow.backoffice.queue.ui.RequestQueueView;
import com.onewindow.shared.security.StaffPrincipal;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;

/**
 * The frame of every staff page: navigation by role, who is signed in and where, the language
 * switch and sign-out.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout {

  public MainLayout(AuthenticationContext authentication) {
    var title = new Span(getTranslation("app.title"));
    title.addClassName("app-title");
    addToNavbar(new DrawerToggle(), title, header(authentication));
    addToDrawer(navigation());
  }

  private SideNav navigation() {
    var nav = new SideNav();
    nav.setLabel(getTranslation("nav.label"));
    nav.addItem(
        new SideNavItem(
            getTranslation("nav.requests"), RequestQueueView.class, VaadinIcon.INBOX.create()));
    return nav;
  }

  private HorizontalLayout header(AuthenticationContext authentication) {
    var header = new HorizontalLayout(new LanguageSwitch());
    header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
    header.addClassName("app-header-actions");
    authentication
        .getAuthenticatedUser(StaffPrincipal.class)
        .ifPresent(
            staff -> {
              var who = new Span(staff.fullName() + " · " + getTranslation("unit." + staff.unit()));
              who.addClassName("who");
              var logout =
                  new Button(getTranslation("action.logout"), e -> authentication.logout());
              logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
              header.add(who, logout);
            });
    return header;
  }
}
