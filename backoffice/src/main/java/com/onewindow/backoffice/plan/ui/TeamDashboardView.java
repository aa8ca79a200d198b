package com.onewindow.backoffice.plan.ui;

import com.onewindow.shared.crm.FunnelPlanService;
import com.onewindow.shared.crm.Progress;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

/**
 * A head's live dashboard (R2, C5): each subordinate's plan against actual for today, the week and
 * the month, and their load. It redraws whenever an activity is logged or a plan changes, pushed
 * from the change feed; no reload needed.
 */
@Route("team")
@RolesAllowed("HEAD")
public class TeamDashboardView extends VerticalLayout implements HasDynamicTitle {

  private final FunnelPlanService plans;
  private final ActivityFeed feed;
  private final Div cards = new Div();
  private @Nullable Registration subscription;

  public TeamDashboardView(FunnelPlanService plans, ActivityFeed feed) {
    this.plans = plans;
    this.feed = feed;
    cards.addClassName("card-grid");
    add(new H1(getTranslation("nav.team")), new Paragraph(getTranslation("team.hint")), cards);
    redraw();
  }

  private void redraw() {
    cards.removeAll();
    var team = plans.team();
    if (team.isEmpty()) {
      cards.add(new Paragraph(getTranslation("team.none")));
    }
    for (Progress p : team) {
      var card = new Div();
      card.addClassName("card");
      card.getElement().setAttribute("data-manager", p.username());
      card.getElement().setAttribute("role", "region");
      card.getElement().setAttribute("aria-label", p.managerName());
      card.add(
          new H3(p.managerName()),
          new Paragraph(getTranslation("unit." + p.unit())),
          new Paragraph(
              getTranslation(
                  "team.targets",
                  ProgressTable.number(p.targets().calls(), getLocale()),
                  ProgressTable.number(p.targets().meetings(), getLocale()),
                  ProgressTable.number(p.targets().contracts(), getLocale()))),
          new ProgressTable(p),
          new Paragraph(getTranslation("team.load", p.clients(), p.openCallbacks())));
      cards.add(card);
    }
  }

  @Override
  protected void onAttach(AttachEvent event) {
    subscription = feed.register(event.getUI(), change -> redraw());
  }

  @Override
  protected void onDetach(DetachEvent event) {
    if (subscription != null) {
      subscription.remove();
      subscription = null;
    }
  }

  @Override
  public String getPageTitle() {
    return getTranslation("nav.team");
  }
}
