package com.onewindow.backoffice.request.ui;

import com.onewindow.backoffice.queue.ui.LiveRequestChanges;
import com.onewindow.backoffice.queue.ui.QueueFormat;
import com.onewindow.backoffice.queue.ui.RequestQueueView;
import com.onewindow.shared.common.NotFoundException;
import com.onewindow.shared.request.RequestAction;
import com.onewindow.shared.request.RequestChangedMeanwhile;
import com.onewindow.shared.request.RequestDetailService;
import com.onewindow.shared.request.RequestDetails;
import com.onewindow.shared.request.RequestWorkflowService;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.jspecify.annotations.Nullable;

/**
 * One request for staff (B2): the company, contact, sites and lines with prices, who brought the
 * client, the timeline with notes and messages, the audit trail, and only the actions the user may
 * take now. A request outside the user's scope shows the not-found page, as a missing one does.
 */
@Route("requests/:id")
@RolesAllowed({
  "TECHNICIAN",
  "HEAD",
  "ADMIN",
  "INBOUND_AGENT",
  "SALES_MANAGER",
  "KEY_ACCOUNT_MANAGER",
  "SERVICE_MANAGER"
})
public class RequestDetailView extends VerticalLayout
    implements BeforeEnterObserver, HasDynamicTitle {

  private final RequestDetailService details;
  private final RequestActions actions;
  private final LiveRequestChanges live;
  private @Nullable RequestDetails current;
  private @Nullable Runnable unlisten;

  public RequestDetailView(
      RequestDetailService details, RequestWorkflowService workflow, LiveRequestChanges live) {
    this.details = details;
    this.actions = new RequestActions(workflow, details);
    this.live = live;
    addClassName("request-detail");
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    long id;
    try {
      id = Long.parseLong(event.getRouteParameters().get("id").orElse(""));
      current = details.details(id);
    } catch (NumberFormatException | NotFoundException notInScope) {
      event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
      return;
    }
    render();
  }

  /** Loads the request again and shows it as it is now. */
  void reload() {
    if (current != null) {
      current = details.details(current.id());
      render();
    }
  }

  /**
   * Shows a change somebody else made; the user's own action has already been shown, and redrawing
   * the page again would pull the buttons from under their next click.
   */
  private void reloadIfChangedElsewhere() {
    if (current != null) {
      var now = details.details(current.id());
      if (now.version() != current.version()) {
        current = now;
        render();
      }
    }
  }

  private void render() {
    var d = current;
    if (d == null) {
      return;
    }
    removeAll();
    var formatter =
        DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
            .withLocale(getLocale())
            .withZone(d.branchZone());
    var title = new H1(getTranslation("detail.title", d.number() == null ? "" : d.number()));
    var heading =
        new HorizontalLayout(
            new RouterLink(getTranslation("detail.back"), RequestQueueView.class),
            title,
            QueueFormat.statusBadge(this, d.status()),
            QueueFormat.slaBadge(this, d.slaState()));
    if (d.slaState() == com.onewindow.shared.request.SlaState.NONE) {
      heading.remove(heading.getComponentAt(3));
    }
    heading.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
    heading.setWrap(true);
    add(heading);
    if (d.dueAt() != null) {
      add(new Span(getTranslation("detail.dueAt", formatter.format(d.dueAt()))));
    }
    add(actionBar(d));
    if (d.order() != null) {
      add(OrderSection.of(this, d, d.order()));
    }
    add(RequestSections.overview(this, d));
    add(RequestSections.lines(this, d));
    if (d.mayWrite()) {
      add(new NoteForm(this, d, actions));
    }
    add(RequestSections.timeline(this, d, formatter));
    add(RequestSections.audit(this, d, formatter));
  }

  private HorizontalLayout actionBar(RequestDetails d) {
    var bar = new HorizontalLayout();
    bar.addClassName("action-bar");
    bar.setWrap(true);
    bar.getElement().setAttribute("aria-label", getTranslation("detail.actions"));
    for (RequestAction action : RequestAction.values()) {
      if (d.allows(action)) {
        var button =
            new Button(getTranslation("action." + action), e -> actions.start(this, d, action));
        if (action == RequestAction.CLAIM || action == RequestAction.ACTIVATE) {
          button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        if (action == RequestAction.REJECT || action == RequestAction.CANCEL) {
          button.addThemeVariants(ButtonVariant.LUMO_ERROR);
        }
        bar.add(button);
      }
    }
    if (bar.getComponentCount() == 0) {
      bar.add(new Span(getTranslation("detail.noActions")));
    }
    return bar;
  }

  /** Runs an action; if somebody else got there first, says who and shows the request as it is. */
  boolean perform(Runnable action, String doneKey) {
    try {
      action.run();
    } catch (RequestChangedMeanwhile lostRace) {
      reload();
      var notice =
          Notification.show(
              getTranslation(lostRace.messageKey(), lostRace.arguments()),
              8000,
              Notification.Position.TOP_CENTER);
      notice.addThemeVariants(NotificationVariant.LUMO_WARNING);
      return true;
    }
    reload();
    Notification.show(getTranslation(doneKey), 3000, Notification.Position.BOTTOM_START)
        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    return true;
  }

  @Override
  protected void onAttach(AttachEvent event) {
    UI ui = event.getUI();
    unlisten =
        live.listen(
            change -> {
              if (current != null && change.subjectId() == current.id()) {
                ui.access(this::reloadIfChangedElsewhere);
              }
            });
  }

  @Override
  protected void onDetach(DetachEvent event) {
    if (unlisten != null) {
      unlisten.run();
      unlisten = null;
    }
  }

  @Override
  public String getPageTitle() {
    return current == null || current.number() == null
        ? getTranslation("nav.requests")
        : getTranslation("detail.title", current.number());
  }
}
