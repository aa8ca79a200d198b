package com.onewindow.backoffice.base.ui;

import com.onewindow.backoffice.crm.ui.ClientListView;
import com.onewindow.backoffice.crm.ui.TasksView;
import com.onewindow.backoffice.inbound.ui.InboundDeskView;
import com.onewindow.backoffice.plan.ui.MyDayView;
import com.onewindow.backoffice.plan.ui.TeamDashboardView;
import com.onewindow.backoffice.queue.ui.RequestQueueView;
import com.onewindow.shared.crm.ActivityService;
import com.onewindow.shared.security.StaffPrincipal;
import com.onewindow.shared.staff.Role;
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
import org.jspecify.annotations.Nullable;

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
    addToDrawer(navigation(authentication.getAuthenticatedUser(StaffPrincipal.class).orElse(null)));
  }

  private SideNav navigation(@Nullable StaffPrincipal staff) {
    var nav = new SideNav();
    nav.setLabel(getTranslation("nav.label"));
    nav.addItem(
        new SideNavItem(
            getTranslation("nav.requests"), RequestQueueView.class, VaadinIcon.INBOX.create()));
    if (staff == null) {
      return nav;
    }
    if (staff.hasRole(Role.INBOUND_AGENT)) {
      nav.addItem(
          new SideNavItem(
              getTranslation("nav.inbound"), InboundDeskView.class, VaadinIcon.PHONE.create()));
    }
    nav.addItem(
        new SideNavItem(
            getTranslation("nav.clients"), ClientListView.class, VaadinIcon.BUILDING.create()));
    if (staff.hasAnyRole(ActivityService.LOGGING_ROLES)) {
      nav.addItem(
          new SideNavItem(
              getTranslation("nav.myDay"), MyDayView.class, VaadinIcon.CALENDAR_CLOCK.create()));
      nav.addItem(
          new SideNavItem(
              getTranslation("nav.tasks"), TasksView.class, VaadinIcon.PHONE_LANDLINE.create()));
    }
    if (staff.hasRole(Role.HEAD)) {
      nav.addItem(
          new SideNavItem(
              getTranslation("nav.team"), TeamDashboardView.class, VaadinIcon.DASHBOARD.create()));
    }
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
