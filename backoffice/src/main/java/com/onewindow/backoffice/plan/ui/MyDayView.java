package com.onewindow.backoffice.plan.ui;

import com.onewindow.backoffice.crm.ui.ActivityFields;
import com.onewindow.backoffice.crm.ui.Times;
import com.onewindow.shared.crm.ActivityRow;
import com.onewindow.shared.crm.ActivityService;
import com.onewindow.shared.crm.ClientRow;
import com.onewindow.shared.crm.ClientService;
import com.onewindow.shared.crm.DailyTargets;
import com.onewindow.shared.crm.FunnelPlanService;
import com.onewindow.shared.crm.MyDay;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.data.domain.PageRequest;

/**
 * A manager's day (C4, C5): log a call in a few keystrokes (pick the client by typing, Enter saves;
 * the contact person and, for a contract, its number are optional), see today's activities and
 * where they stand against the plan, adjust their own targets.
 */
@Route("my-day")
@RolesAllowed({"SALES_MANAGER", "KEY_ACCOUNT_MANAGER", "SERVICE_MANAGER", "INBOUND_AGENT", "HEAD"})
public class MyDayView extends VerticalLayout implements HasDynamicTitle {

  private final ActivityService activities;
  private final FunnelPlanService plans;
  private final Div progress = new Div();
  private final Grid<ActivityRow> today = new Grid<>();
  private final Paragraph heading = new Paragraph();

  public MyDayView(ActivityService activities, FunnelPlanService plans, ClientService clients) {
    this.activities = activities;
    this.plans = plans;
    add(new H1(getTranslation("nav.myDay")), heading, quickEntry(clients), progress);
    add(new H2(getTranslation("myDay.today")), today, targets());
    refresh();
  }

  /**
   * One row at 1280 px with the side menu open, the contract's number included: the client, contact
   * and type keep their widths, the outcome takes what is left. Enter saves only from within the
   * row, never from the targets below or a dialog's text.
   */
  private HorizontalLayout quickEntry(ClientService clients) {
    var company = new ComboBox<ClientRow>(getTranslation("activity.client"));
    company.setItems(
        (Query<ClientRow, String> q) ->
            clients
                .clients(q.getFilter().orElse(""), PageRequest.of(q.getPage(), q.getPageSize()))
                .stream());
    company.setItemLabelGenerator(ClientRow::legalName);
    company.setWidth("16rem");
    var fields = new ActivityFields(this);
    company.addValueChangeListener(
        e ->
            fields.offerContacts(
                e.getValue() == null ? List.of() : clients.contacts(e.getValue().id())));
    fields.contact().setWidth("10rem");
    fields.type().setWidth("8rem");
    fields.number().setWidth("7rem");
    fields.outcome().setWidth("8rem");
    fields.outcome().setMaxWidth("28rem");
    var save =
        new Button(
            getTranslation("activity.log"),
            e -> {
              if (company.getValue() == null) {
                company.setInvalid(true);
                company.setErrorMessage(getTranslation("activity.clientRequired"));
                company.focus();
                return;
              }
              company.setInvalid(false);
              activities.log(fields.entry(company.getValue().id(), null));
              fields.clearForNext();
              fields.outcome().focus();
              refresh();
            });
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    var row =
        new HorizontalLayout(
            company, fields.contact(), fields.type(), fields.number(), fields.outcome(), save);
    save.addClickShortcut(Key.ENTER).listenOn(row);
    row.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
    row.setFlexGrow(1, fields.outcome());
    row.setWidthFull();
    row.setWrap(true);
    row.addClassName("quick-entry");
    return row;
  }

  private VerticalLayout targets() {
    var current = plans.myPlan().current();
    var calls = number("plan.calls", current.calls());
    var meetings = number("plan.meetings", current.meetings());
    var contracts = number("plan.contracts", current.contracts());
    var from = new DatePicker(getTranslation("plan.from"));
    var save =
        new Button(
            getTranslation("plan.save"),
            e -> {
              plans.adjustMyTargets(
                  new DailyTargets(calls.getValue(), meetings.getValue(), contracts.getValue()),
                  from.getValue());
              refresh();
            });
    var row = new HorizontalLayout(calls, meetings, contracts, from, save);
    row.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
    row.setWrap(true);
    var history =
        new Paragraph(getTranslation("plan.default", describe(plans.myPlan().unitDefault())));
    var layout = new VerticalLayout(new H2(getTranslation("plan.myTargets")), history, row);
    layout.setPadding(false);
    return layout;
  }

  private BigDecimalField number(String key, BigDecimal value) {
    var field = new BigDecimalField(getTranslation(key));
    field.setValue(value);
    field.setWidth("8rem");
    return field;
  }

  private String describe(DailyTargets t) {
    return getTranslation(
        "team.targets",
        ProgressTable.number(t.calls(), getLocale()),
        ProgressTable.number(t.meetings(), getLocale()),
        ProgressTable.number(t.contracts(), getLocale()));
  }

  private void refresh() {
    MyDay day = activities.myDay();
    heading.setText(
        getTranslation(
                "myDay.heading",
                day.date()
                    .format(
                        java.time.format.DateTimeFormatter.ofLocalizedDate(
                                java.time.format.FormatStyle.LONG)
                            .withLocale(getLocale())))
            + " · "
            + describe(day.progress().targets()));
    progress.removeAll();
    progress.add(new ProgressTable(day.progress()));
    if (today.getColumns().isEmpty()) {
      today
          .addColumn(a -> Times.time(a.occurredAt(), day.zone(), getLocale()))
          .setHeader(getTranslation("activity.time"))
          .setAutoWidth(true);
      today
          .addColumn(a -> getTranslation("activityType." + a.type()))
          .setHeader(getTranslation("activity.type"));
      today
          .addColumn(ActivityRow::companyName)
          .setHeader(getTranslation("client.name"))
          .setFlexGrow(2);
      today
          .addColumn(a -> a.contactName() == null ? "" : a.contactName())
          .setHeader(getTranslation("activity.contact"))
          .setFlexGrow(1);
      today
          .addColumn(a -> a.outcome() == null ? "" : a.outcome())
          .setHeader(getTranslation("activity.outcome"))
          .setFlexGrow(2);
      today.addComponentColumn(
          a -> {
            var fix =
                new Button(
                    getTranslation("activity.correct"),
                    e -> new CorrectionDialog(activities, a, this::refresh).open());
            fix.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            return fix;
          });
      today.setEmptyStateText(getTranslation("activity.none"));
      today.setHeight("20rem");
    }
    today.setItems(day.activities());
  }

  @Override
  public String getPageTitle() {
    return getTranslation("nav.myDay");
  }
}
