package com.onewindow.portal.company.ui;

import com.onewindow.portal.base.ui.grid.PhoneColumns;
import com.onewindow.shared.account.CompanyMember;
import com.onewindow.shared.account.CompanyUsersService;
import com.onewindow.shared.common.BusinessRuleViolation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** The users of the company; its administrator accepts those who asked and invites colleagues. */
@Route("my-company/users")
@RolesAllowed("CUSTOMER")
public class CompanyUsersView extends VerticalLayout implements HasDynamicTitle {

  private final CompanyUsersService users;
  private final Grid<CompanyMember> grid = new Grid<>();

  public CompanyUsersView(CompanyUsersService users) {
    this.users = users;
    setMaxWidth("60rem");
    var me = users.myAccount();
    grid.addColumn(CompanyMember::fullName).setHeader(getTranslation("register.name"));
    var emailColumn =
        grid.addColumn(CompanyMember::email).setHeader(getTranslation("register.email"));
    PhoneColumns.hideOnPhones(grid, emailColumn);
    grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
    // Accepting or declining sits under "waiting", not in a column of its own: it fits a phone.
    grid.addComponentColumn(m -> role(m, me.companyAdmin()))
        .setHeader(getTranslation("users.role"));
    grid.setEmptyStateText(getTranslation("company.none"));
    grid.setAllRowsVisible(true);
    add(new H1(getTranslation("users.heading")), grid);
    if (me.companyAdmin()) {
      var email = new EmailField(getTranslation("users.inviteEmail"));
      email.setWidth("24rem");
      var invite = new Button(getTranslation("users.invite"));
      invite.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
      invite.addClickListener(
          e -> {
            try {
              users.invite(email.getValue(), getLocale());
              email.clear();
              email.setHelperText(getTranslation("users.invited"));
            } catch (BusinessRuleViolation refused) {
              email.setErrorMessage(getTranslation(refused.messageKey(), refused.arguments()));
              email.setInvalid(true);
            }
          });
      var row = new HorizontalLayout(email, invite);
      row.setAlignItems(Alignment.BASELINE);
      row.addClassName("wrapping-row");
      add(new H2(getTranslation("users.inviteHeading")), row);
    }
    refresh();
  }

  private Div role(CompanyMember member, boolean iAmAdmin) {
    var role =
        new Div(
            new Span(
                getTranslation(
                    member.pending()
                        ? "users.pending"
                        : member.admin() ? "users.admin" : "users.member")));
    if (iAmAdmin && member.pending()) {
      role.add(actions(member));
    }
    return role;
  }

  private HorizontalLayout actions(CompanyMember member) {
    var row = new HorizontalLayout();
    row.addClassName("wrapping-row");
    var accept =
        new Button(
            getTranslation("users.accept"),
            e -> {
              users.accept(member.id());
              refresh();
            });
    accept.addThemeVariants(ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_SMALL);
    var decline =
        new Button(
            getTranslation("users.decline"),
            e -> {
              users.decline(member.id());
              refresh();
            });
    decline.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
    row.add(accept, decline);
    return row;
  }

  private void refresh() {
    grid.setItems(users.members());
  }

  @Override
  public String getPageTitle() {
    return getTranslation("users.heading");
  }
}
