package com.onewindow.backoffice.crm.ui;

import com.onewindow.shared.crm.CallbackTask;
import com.onewindow.shared.crm.CallbackTaskService;
import com.onewindow.shared.crm.TaskRow;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.PermitAll;

/** The calls the inbound desk handed to the signed-in owner, to call back; open ones first. */
@Route("tasks")
@PermitAll
public class TasksView extends VerticalLayout implements HasDynamicTitle {

  public TasksView(CallbackTaskService tasks) {
    setSizeFull();
    var grid = new Grid<TaskRow>();
    grid.addColumn(t -> Times.dateTime(t.createdAt(), t.zone(), getLocale()))
        .setHeader(getTranslation("task.received"))
        .setAutoWidth(true);
    grid.addComponentColumn(
            t -> new RouterLink(t.companyName(), ClientDetailView.class, t.companyId()))
        .setHeader(getTranslation("client.name"))
        .setFlexGrow(2);
    grid.addColumn(TaskRow::callerPhone)
        .setHeader(getTranslation("task.callerPhone"))
        .setAutoWidth(true);
    grid.addColumn(TaskRow::note).setHeader(getTranslation("task.note")).setFlexGrow(3);
    grid.addColumn(TaskRow::createdBy).setHeader(getTranslation("task.from"));
    grid.addColumn(t -> getTranslation("taskStatus." + t.status()))
        .setHeader(getTranslation("task.status"));
    grid.addComponentColumn(
            t -> {
              var done =
                  new Button(
                      getTranslation("task.done"),
                      e -> {
                        tasks.complete(t.id());
                        grid.getDataProvider().refreshAll();
                      });
              done.addThemeVariants(ButtonVariant.LUMO_SMALL);
              done.setVisible(t.status() == CallbackTask.Status.OPEN);
              return done;
            })
        .setAutoWidth(true);
    grid.setItems(
        DataProvider.fromCallbacks(
            q -> tasks.myTasks(VaadinSpringDataHelpers.toSpringPageRequest(q)).stream(),
            q ->
                (int)
                    tasks
                        .myTasks(VaadinSpringDataHelpers.toSpringPageRequest(q))
                        .getTotalElements()));
    grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
    grid.setEmptyStateText(getTranslation("task.none"));
    grid.setSizeFull();
    add(new H1(getTranslation("nav.tasks")), grid);
  }

  @Override
  public String getPageTitle() {
    return getTranslation("nav.tasks");
  }
}
