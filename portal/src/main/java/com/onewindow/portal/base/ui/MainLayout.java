package com.onewindow.portal.base.ui;

import com.onewindow.portal.account.ui.ChangePasswordView;
import com.onewindow.portal.catalog.ui.CatalogView;
import com.onewindow.portal.company.ui.CompanyUsersView;
import com.onewindow.portal.company.ui.MyCompanyView;
import com.onewindow.portal.coverage.ui.ServiceabilityView;
import com.onewindow.portal.request.ui.ConnectWizardView;
import com.onewindow.portal.request.ui.MyRequestsView;
import com.onewindow.shared.security.CustomerPrincipal;
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
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;

/** The frame of every portal page: navigation, the language switch, sign-in and sign-out. */
@Layout
@AnonymousAllowed
public class MainLayout extends AppLayout {

  public MainLayout(AuthenticationContext authentication) {
    var title = new Span(getTranslation("app.title"));
    title.addClassName("app-title");
    addToNavbar(new DrawerToggle(), title, header(authentication));
    addToDrawer(navigation(authentication));
  }

  private SideNav navigation(AuthenticationContext authentication) {
    var nav = new SideNav();
    nav.setLabel(getTranslation("nav.label"));
    nav.addItem(
        new SideNavItem(
            getTranslation("nav.catalog"), CatalogView.class, VaadinIcon.SHOP.create()));
    nav.addItem(
        new SideNavItem(
            getTranslation("nav.coverage"),
            ServiceabilityView.class,
            VaadinIcon.MAP_MARKER.create()));
    nav.addItem(
        new SideNavItem(
            getTranslation("nav.connect"),
            ConnectWizardView.class,
            VaadinIcon.PLUS_CIRCLE.create()));
    if (authentication.hasRole("CUSTOMER")) {
      nav.addItem(
          new SideNavItem(
              getTranslation("nav.myRequests"), MyRequestsView.class, VaadinIcon.LIST.create()));
      nav.addItem(
          new SideNavItem(
              getTranslation("nav.myCompany"), MyCompanyView.class, VaadinIcon.BUILDING.create()));
      nav.addItem(
          new SideNavItem(
              getTranslation("nav.users"), CompanyUsersView.class, VaadinIcon.USERS.create()));
      nav.addItem(
          new SideNavItem(
              getTranslation("nav.password"), ChangePasswordView.class, VaadinIcon.KEY.create()));
    }
    return nav;
  }

  private HorizontalLayout header(AuthenticationContext authentication) {
    var header = new HorizontalLayout(new LanguageSwitch());
    header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
    header.addClassName("app-header-actions");
    authentication
        .getAuthenticatedUser(CustomerPrincipal.class)
        .ifPresentOrElse(
            user -> {
              var name = new Span(user.fullName());
              var logout =
                  new Button(getTranslation("action.logout"), e -> authentication.logout());
              logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
              header.add(name, logout);
            },
            () -> {
              var login = new Button(getTranslation("action.login"));
              login.addClickListener(e -> login.getUI().ifPresent(ui -> ui.navigate("login")));
              login.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
              var register = new Button(getTranslation("action.register"));
              register.addClickListener(
                  e -> register.getUI().ifPresent(ui -> ui.navigate("register")));
              register.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
              header.add(login, register);
            });
    return header;
  }
}
