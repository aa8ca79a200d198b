package com.onewindow.backoffice.plan.ui;

import com.onewindow.shared.crm.ActivityType;
import com.onewindow.shared.crm.Progress;
import com.onewindow.shared.crm.Progress.Period;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.Element;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;

/**
 * Plan against actual as a small table: calls, meetings, contracts by today, the week and the month
 * so far. Each cell reads "done / plan" and says whether the plan is met.
 */
class ProgressTable extends Composite<Div> {

  private static final List<ActivityType> ROWS =
      List.of(ActivityType.CALL, ActivityType.MEETING, ActivityType.CONTRACT);

  ProgressTable(Progress progress) {
    var table = new Element("table");
    table.getClassList().add("progress-table");
    var head = new Element("tr");
    head.appendChild(new Element("th"));
    for (Period period : Period.values()) {
      head.appendChild(new Element("th").setText(getTranslation("period." + period)));
    }
    table.appendChild(head);
    for (ActivityType type : ROWS) {
      var row = new Element("tr");
      row.appendChild(
          new Element("th").setText(getTranslation("activityType." + type + ".plural")));
      for (Period period : Period.values()) {
        row.appendChild(cell(progress.figure(period, type), getLocale()));
      }
      table.appendChild(row);
    }
    getContent().getElement().appendChild(table);
  }

  private Element cell(Progress.Figure figure, Locale locale) {
    boolean met = figure.met();
    String text = figure.actual() + " / " + number(figure.plan(), locale);
    var cell = new Element("td");
    cell.setAttribute("data-cell", figure.period() + "-" + figure.type());
    cell.setAttribute("data-met", String.valueOf(met));
    cell.setAttribute(
        "aria-label", text + " — " + getTranslation(met ? "plan.met" : "plan.notMet"));
    cell.getClassList().add(met ? "met" : "not-met");
    cell.setText(text + (met ? " ✓" : " ✗"));
    return cell;
  }

  static String number(BigDecimal value, Locale locale) {
    var format = NumberFormat.getNumberInstance(locale);
    format.setMaximumFractionDigits(2);
    return format.format(value);
  }
}
