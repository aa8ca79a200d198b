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

  /** Class names that styles.css shows only on a wide screen, or only on a phone's. */
  private static final String WIDE_ONLY = "wide-only";

  private static final String PHONE_ONLY = "phone-only";

  public MainLayout(AuthenticationContext authentication) {
    // The page scrolls, not a region inside the layout: a region that scrolls a view without
    // anything focusable in it (the catalog) cannot be scrolled from the keyboard (WCAG 2.1.1).
    getElement().setAttribute("no-scroll", true);
    var menu = new DrawerToggle();
    menu.setAriaLabel(getTranslation("nav.menu"));
    addToNavbar(menu, title(), header(authentication));
    addToDrawer(navigation(authentication));
  }

  /** The full name on a wide screen, the short one on a phone. */
  private Span title() {
    var full = new Span(getTranslation("app.title"));
    full.addClassName(WIDE_ONLY);
    var brief = new Span(getTranslation("app.titleShort"));
    brief.addClassName(PHONE_ONLY);
    var title = new Span(full, brief);
    title.addClassName("app-title");
    return title;
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
    } else {
      // The header has no room for it on a phone.
      var register =
          new SideNavItem(
              getTranslation("action.register"), "register", VaadinIcon.USER_CHECK.create());
      register.addClassName(PHONE_ONLY);
      nav.addItem(register);
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
              name.addClassName(WIDE_ONLY);
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
              register.addClassName(WIDE_ONLY);
              header.add(login, register);
            });
    return header;
  }
}
