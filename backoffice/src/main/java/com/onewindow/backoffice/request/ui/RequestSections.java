package com.onewindow.backoffice.request.ui;

import com.onewindow.shared.audit.AuditRecord;
import com.onewindow.shared.request.RequestDetails;
import com.onewindow.shared.request.RequestDetails.Line;
import com.onewindow.shared.request.RequestDetails.TimelineEntry;
import com.onewindow.shared.request.RequestEventType;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** The read-only parts of the detail page: overview, lines, timeline, audit. */
final class RequestSections {

  private RequestSections() {}

  static Component overview(Component owner, RequestDetails d) {
    var cards = new FlexLayout();
    cards.addClassName("detail-cards");
    cards.add(
        card(
            owner,
            "detail.section.company",
            field(owner, "detail.company", d.companyName()),
            field(owner, "request.inn", d.inn()),
            field(owner, "detail.kpp", d.kpp()),
            field(owner, "request.channel", owner.getTranslation("channel." + d.channel())),
            field(owner, "detail.foundBy", d.foundBy()),
            field(owner, "detail.carriedBy", d.carriedBy())),
        card(
            owner,
            "detail.section.contact",
            field(owner, "detail.contactName", d.contact().name()),
            field(owner, "detail.contactPhone", d.contact().phone()),
            field(owner, "detail.contactEmail", d.contact().email()),
            field(
                owner,
                "detail.desiredDate",
                d.desiredDate() == null ? null : d.desiredDate().toString()),
            field(owner, "detail.comment", d.customerComment())),
        card(
            owner,
            "detail.section.work",
            field(
                owner,
                "request.branch",
                d.branchName().in(com.vaadin.flow.component.UI.getCurrent().getLocale())),
            field(owner, "request.assignee", d.assigneeName()),
            field(
                owner,
                "detail.installSlot",
                d.installVisit() == null
                    ? null
                    : d.installVisit().describe(owner::getTranslation, locale(), d.branchZone())),
            field(
                owner,
                "detail.installed",
                owner.getTranslation(d.installed() ? "detail.yes" : "detail.no")),
            field(
                owner,
                "detail.survey",
                d.surveyFeasible() == null
                    ? null
                    : owner.getTranslation(
                        d.surveyFeasible() ? "survey.feasible" : "survey.notFeasible")),
            field(
                owner,
                "detail.rejectReason",
                d.rejectReason() == null
                    ? null
                    : owner.getTranslation("rejectReason." + d.rejectReason()))));
    return cards;
  }

  static Component lines(Component owner, RequestDetails d) {
    Locale locale = com.vaadin.flow.component.UI.getCurrent().getLocale();
    var grid = new Grid<Line>();
    grid.addColumn(Line::lineNo).setHeader("#").setAutoWidth(true).setFlexGrow(0);
    grid.addColumn(l -> (l.siteLabel() == null ? "" : l.siteLabel() + ": ") + l.siteAddress())
        .setHeader(owner.getTranslation("detail.site"))
        .setFlexGrow(2);
    grid.addColumn(
            l ->
                l.item().in(locale)
                    + (l.option() == null ? "" : " · " + l.option().in(locale))
                    + (l.bundle() ? " (" + owner.getTranslation("detail.bundle") + ")" : ""))
        .setHeader(owner.getTranslation("detail.service"))
        .setFlexGrow(2);
    grid.addColumn(l -> l.monthly().format(locale))
        .setHeader(owner.getTranslation("detail.monthly"))
        .setAutoWidth(true)
        .setFooter(d.monthlyTotal().format(locale));
    grid.addColumn(l -> l.oneTime().format(locale))
        .setHeader(owner.getTranslation("detail.oneTime"))
        .setAutoWidth(true)
        .setFooter(d.oneTimeTotal().format(locale));
    grid.setItems(d.lines());
    grid.setAllRowsVisible(true);
    grid.getElement().setAttribute("aria-label", owner.getTranslation("detail.section.lines"));
    var section = new Div(new H2(owner.getTranslation("detail.section.lines")), grid);
    section.addClassName("detail-section");
    return section;
  }

  static Component timeline(Component owner, RequestDetails d, DateTimeFormatter formatter) {
    var list = new UnorderedList();
    list.addClassName("timeline");
    list.getElement().setAttribute("aria-label", owner.getTranslation("detail.section.timeline"));
    List<TimelineEntry> entries = d.timeline().reversed();
    for (TimelineEntry e : entries) {
      list.add(entry(owner, d, e, formatter));
    }
    var section = new Div(new H2(owner.getTranslation("detail.section.timeline")), list);
    section.addClassName("detail-section");
    return section;
  }

  private static ListItem entry(
      Component owner, RequestDetails d, TimelineEntry e, DateTimeFormatter formatter) {
    boolean note = e.type() == RequestEventType.INTERNAL_NOTE;
    boolean message = e.type() == RequestEventType.MESSAGE;
    var icon =
        (note ? VaadinIcon.LOCK : message ? VaadinIcon.ENVELOPE_O : VaadinIcon.CIRCLE_THIN)
            .create();
    icon.addClassName("timeline-icon");
    var visibility =
        new Span(
            owner.getTranslation(
                e.customerVisible() ? "timeline.visibleToCustomer" : "timeline.internal"));
    visibility.addClassNames("badge", e.customerVisible() ? "visible" : "internal");
    var head =
        new Div(
            icon,
            new Span(owner.getTranslation("event." + e.type())),
            visibility,
            new Span(formatter.format(e.at()) + " · " + e.actorName()));
    head.addClassName("timeline-head");
    var item = new ListItem(head);
    if (e.to() != null && e.from() != null) {
      item.add(
          new Div(
              owner.getTranslation("status." + e.from())
                  + " → "
                  + owner.getTranslation("status." + e.to())));
    }
    if (e.type() == RequestEventType.SUBMITTED && d.order() != null) {
      var order = d.order();
      var part =
          new Paragraph(
              owner.getTranslation(
                  "detail.order.timeline",
                  order.partOf(d.id()).part(),
                  order.count(),
                  order.number()));
      part.addClassName("timeline-text");
      item.add(part);
    }
    if (e.visit() != null) {
      var visit =
          new Paragraph(e.visit().describe(owner::getTranslation, locale(), d.branchZone()));
      visit.addClassName("timeline-text");
      item.add(visit);
    }
    var words = new TimelineFormat(owner::getTranslation);
    for (String decision : words.decisions(e)) {
      var line = new Paragraph(decision);
      line.addClassNames("timeline-text", "timeline-decision");
      item.add(line);
    }
    String said = words.text(e);
    if (said != null) {
      var text = new Paragraph(said);
      text.addClassName("timeline-text");
      item.add(text);
    }
    item.addClassNames("timeline-entry", note ? "note" : message ? "message" : "step");
    return item;
  }

  static Component audit(Component owner, RequestDetails d, DateTimeFormatter formatter) {
    var grid = new Grid<AuditRecord>();
    grid.addColumn(a -> formatter.format(a.at()))
        .setHeader(owner.getTranslation("audit.when"))
        .setAutoWidth(true);
    grid.addColumn(AuditRecord::actorName)
        .setHeader(owner.getTranslation("audit.who"))
        .setAutoWidth(true);
    grid.addColumn(a -> owner.getTranslation("audit.action." + a.action()))
        .setHeader(owner.getTranslation("audit.what"))
        .setAutoWidth(true);
    var changes = new AuditFormat(owner::getTranslation, locale());
    grid.addColumn(changes::describe)
        .setHeader(owner.getTranslation("audit.changes"))
        .setFlexGrow(3);
    grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
    grid.setItems(d.audit().reversed());
    grid.setAllRowsVisible(true);
    grid.setEmptyStateText(owner.getTranslation("audit.none"));
    grid.getElement().setAttribute("aria-label", owner.getTranslation("detail.section.audit"));
    var section = new Div(new H2(owner.getTranslation("detail.section.audit")), grid);
    section.addClassName("detail-section");
    return section;
  }

  private static Locale locale() {
    return com.vaadin.flow.component.UI.getCurrent().getLocale();
  }

  private static Div card(Component owner, String titleKey, Component... fields) {
    var card = new Div(new H2(owner.getTranslation(titleKey)));
    card.add(fields);
    card.addClassName("detail-card");
    return card;
  }

  private static Div field(Component owner, String labelKey, @Nullable String value) {
    var label = new Span(owner.getTranslation(labelKey));
    label.addClassName("field-label");
    var text = new Span(value == null || value.isBlank() ? "—" : value);
    text.addClassName("field-value");
    var field = new Div(label, text);
    field.addClassName("field");
    return field;
  }
}
