package com.onewindow.backoffice.queue.ui;

import com.onewindow.backoffice.request.ui.RequestDetailView;
import com.onewindow.shared.live.LiveChange;
import com.onewindow.shared.request.Channel;
import com.onewindow.shared.request.QueueFilter;
import com.onewindow.shared.request.QueueRow;
import com.onewindow.shared.request.RequestQueueService;
import com.onewindow.shared.request.RequestQueueService.BranchChoice;
import com.onewindow.shared.request.RequestStatus;
import com.onewindow.shared.request.SlaState;
import com.onewindow.shared.security.StaffPrincipal;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.shared.Tooltip;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * The technicians' queue and the staff start page (B1): every submitted request in the user's
 * scope, paged lazily from the database with no total count, filtered, searched and sorted there;
 * counts per status on top; new requests arrive live with a small notice.
 */
@Route("")
@PermitAll
public class RequestQueueView extends VerticalLayout implements HasDynamicTitle {

  private final RequestQueueService queue;
  private final LiveRequestChanges live;
  private static final Duration REFRESH_INTERVAL = Duration.ofSeconds(1);

  private final Clock clock;
  private final long myBranchId;
  private final boolean headOffice;

  private final Grid<QueueRow> grid = new Grid<>();
  private final HorizontalLayout counts = new HorizontalLayout();
  private final MultiSelectComboBox<RequestStatus> status = new MultiSelectComboBox<>();
  private final ComboBox<BranchChoice> branch = new ComboBox<>();
  private final ComboBox<Channel> channel = new ComboBox<>();
  private final Checkbox mine = new Checkbox();
  private final Checkbox unassigned = new Checkbox();
  private final Checkbox overdue = new Checkbox();
  private final TextField search = new TextField();
  private @Nullable Runnable unlisten;
  private @Nullable Coalescer refreshes;
  // requests changed since the last refresh, to announce those that are new arrivals
  private final Set<Long> changedSince = ConcurrentHashMap.newKeySet();
  private final CountsInBackground.Loader countsLoader;

  public RequestQueueView(
      RequestQueueService queue,
      LiveRequestChanges live,
      CountsInBackground countsInBackground,
      Clock clock,
      AuthenticationContext authentication) {
    this.queue = queue;
    this.live = live;
    this.clock = clock;
    UI ui = UI.getCurrent();
    this.countsLoader = countsInBackground.forScreen(ui::access);
    var staff = authentication.getAuthenticatedUser(StaffPrincipal.class).orElseThrow();
    this.myBranchId = staff.branchId();
    this.headOffice = staff.isHeadOffice();
    setSizeFull();
    counts.addClassName("queue-counts");
    counts.getElement().setAttribute("aria-label", getTranslation("queue.counts"));
    add(new H1(getTranslation("nav.requests")), counts, filters(), grid);
    configureGrid();
    showCounts(null);
    refresh();
  }

  private HorizontalLayout filters() {
    status.setLabel(getTranslation("queue.filter.status"));
    status.setItems(
        Arrays.stream(RequestStatus.values()).filter(s -> s != RequestStatus.DRAFT).toList());
    status.setItemLabelGenerator(s -> getTranslation("status." + s));
    status.setClearButtonVisible(true);
    branch.setLabel(getTranslation("queue.filter.branch"));
    branch.setItems(queue.branchChoices());
    branch.setItemLabelGenerator(b -> b.name().in(getLocale()));
    branch.setClearButtonVisible(true);
    branch.setVisible(headOffice);
    channel.setLabel(getTranslation("queue.filter.channel"));
    channel.setItems(Channel.values());
    channel.setItemLabelGenerator(c -> getTranslation("channel." + c));
    channel.setClearButtonVisible(true);
    mine.setLabel(getTranslation("queue.filter.mine"));
    unassigned.setLabel(getTranslation("queue.filter.unassigned"));
    overdue.setLabel(getTranslation("queue.filter.overdue"));
    search.setLabel(getTranslation("queue.search"));
    search.setPlaceholder(getTranslation("queue.search.placeholder"));
    search.setPrefixComponent(VaadinIcon.SEARCH.create());
    search.setClearButtonVisible(true);
    search.setValueChangeMode(ValueChangeMode.LAZY);
    search.setWidth("20rem");
    status.addValueChangeListener(e -> refresh());
    branch.addValueChangeListener(e -> refresh());
    channel.addValueChangeListener(e -> refresh());
    mine.addValueChangeListener(e -> refresh());
    unassigned.addValueChangeListener(e -> refresh());
    overdue.addValueChangeListener(e -> refresh());
    search.addValueChangeListener(e -> refresh());
    var bar = new HorizontalLayout(search, status, branch, channel, mine, unassigned, overdue);
    bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
    bar.setWrap(true);
    return bar;
  }

  /**
   * Columns that fit a 1280-pixel screen with the side menu open: what belongs together shares a
   * cell on two lines (the number and the channel it came through, the company and its INN, the
   * branch and who works on it), so nothing hides to the right.
   */
  private void configureGrid() {
    var number =
        grid.addComponentColumn(
                r ->
                    QueueFormat.twoLines(
                        r.number(), getTranslation("channel." + r.channel()), "queue-number"))
            .setHeader(getTranslation("queue.column.numberChannel"))
            .setKey("number")
            .setSortable(true)
            .setWidth("10rem")
            .setFlexGrow(0);
    grid.addComponentColumn(r -> QueueFormat.twoLines(r.companyName(), r.inn(), "queue-company"))
        .setHeader(getTranslation("queue.column.companyInn"))
        .setWidth("11rem")
        .setFlexGrow(1)
        .setTooltipGenerator(r -> r.companyName() + " · " + r.inn());
    // a branch technician's queue is all one branch: the branch only helps the head office
    grid.addComponentColumn(
            r ->
                headOffice
                    ? QueueFormat.twoLines(
                        r.branchName().in(getLocale()), assigneeOf(r), "queue-who")
                    : QueueFormat.twoLines(assigneeOf(r), null, "queue-who"))
        .setHeader(getTranslation(headOffice ? "queue.column.branchAssignee" : "request.assignee"))
        .setWidth("11rem")
        .setFlexGrow(0)
        .setTooltipGenerator(
            r ->
                headOffice
                    ? r.branchName().in(getLocale()) + " · " + assigneeOf(r)
                    : assigneeOf(r));
    grid.addComponentColumn(r -> QueueFormat.statusBadge(this, r.status()))
        .setHeader(getTranslation("request.status"))
        .setKey("status")
        .setSortable(true)
        .setWidth("10.5rem")
        .setFlexGrow(0);
    var age =
        grid.addColumn(r -> QueueFormat.age(this, r.submittedAt(), clock.instant()))
            .setHeader(getTranslation("queue.age"))
            .setKey("submittedAt")
            .setSortable(true)
            .setWidth("7.5rem")
            .setFlexGrow(0);
    grid.addComponentColumn(r -> QueueFormat.slaBadge(this, r.slaState()))
        .setHeader(getTranslation("queue.sla"))
        .setKey("sla")
        .setSortable(true)
        .setWidth("8rem")
        .setFlexGrow(0);
    grid.setPartNameGenerator(r -> r.slaState() == SlaState.OVERDUE ? "overdue" : null);
    grid.sort(List.of(new GridSortOrder<>(age, SortDirection.DESCENDING)));
    grid.setItems(
        query ->
            queue
                .page(currentFilter(), VaadinSpringDataHelpers.toSpringPageRequest(query))
                .stream());
    grid.setEmptyStateText(getTranslation("request.none"));
    grid.setSizeFull();
    grid.addItemClickListener(
        e ->
            UI.getCurrent()
                .navigate(
                    RequestDetailView.class,
                    new RouteParameters("id", String.valueOf(e.getItem().id()))));
    grid.getElement().setAttribute("aria-label", getTranslation("nav.requests"));
    number.setFrozen(true);
  }

  private String assigneeOf(QueueRow row) {
    return row.assigneeName() == null ? "—" : row.assigneeName();
  }

  private QueueFilter currentFilter() {
    var chosenBranch = branch.getValue();
    return new QueueFilter(
        status.getValue(),
        chosenBranch == null ? null : chosenBranch.id(),
        channel.getValue(),
        mine.getValue(),
        unassigned.getValue(),
        overdue.getValue(),
        search.getValue());
  }

  /**
   * Fresh rows at once; the counts follow when the database has them (see {@link
   * CountsInBackground}), so a slow count never holds up the grid, the filters or live updates.
   */
  private void refresh() {
    grid.getDataProvider().refreshAll();
    var filter = currentFilter();
    counts.getElement().setAttribute("aria-busy", "true");
    countsLoader.load(() -> queue.countsByStatus(filter), this::showCounts, this::showCountsFailed);
  }

  /** The counts per status; none yet (the first load is under way) shows an ellipsis. */
  private void showCounts(@Nullable Map<RequestStatus, Long> byStatus) {
    counts.removeAll();
    if (byStatus != null) {
      counts.getElement().removeAttribute("aria-busy");
    }
    for (RequestStatus s : RequestStatus.values()) {
      if (s == RequestStatus.DRAFT) {
        continue;
      }
      var count = new Span(byStatus == null ? "…" : String.valueOf(byStatus.getOrDefault(s, 0L)));
      count.addClassName("count");
      addCount(s, count);
    }
  }

  /** The count failed: a dash with the reason, no longer busy; the next refresh counts again. */
  private void showCountsFailed() {
    counts.removeAll();
    counts.getElement().removeAttribute("aria-busy");
    String why = getTranslation("queue.counts.failed");
    for (RequestStatus s : RequestStatus.values()) {
      if (s == RequestStatus.DRAFT) {
        continue;
      }
      var count = new Span("—");
      count.addClassNames("count", "count-failed");
      Tooltip.forComponent(count).setText(why);
      addCount(s, count);
    }
  }

  private void addCount(RequestStatus s, Span count) {
    var item = new Div(QueueFormat.statusBadge(this, s), count);
    item.addClassName("queue-count");
    counts.add(item);
  }

  @Override
  protected void onAttach(AttachEvent event) {
    UI ui = event.getUI();
    // a burst of changes (a bulk import, a busy morning) refreshes the queue once per interval
    var coalescer =
        new Coalescer(
            REFRESH_INTERVAL,
            Clock.systemUTC(),
            live::runLater,
            () -> {
              // the first run happens on the change feed's thread: the screen may close between
              // the check and the access, and that must not reach the feed
              try {
                if (ui.isAttached()) {
                  ui.access(this::refreshAndAnnounce);
                }
              } catch (UIDetachedException closed) {
                // nobody left to refresh for; onDetach stops the coalescer
              }
            });
    refreshes = coalescer;
    unlisten =
        live.listen(
            change -> {
              if (inMyScope(change)) {
                changedSince.add(change.subjectId());
                coalescer.request();
              }
            });
  }

  @Override
  protected void onDetach(DetachEvent event) {
    if (unlisten != null) {
      unlisten.run();
      unlisten = null;
    }
    if (refreshes != null) {
      refreshes.stop();
      refreshes = null;
    }
  }

  private boolean inMyScope(LiveChange change) {
    return headOffice || change.branchId() == null || change.branchId() == myBranchId;
  }

  private void refreshAndAnnounce() {
    List<Long> changed = new ArrayList<>(changedSince);
    changedSince.removeAll(changed);
    refresh();
    List<String> arrived = queue.newArrivalNumbers(changed);
    if (arrived.isEmpty()) {
      return;
    }
    String text =
        arrived.size() == 1
            ? getTranslation("queue.newRequest", arrived.getFirst())
            : getTranslation(
                "queue.newRequests",
                arrived.size(),
                String.join(", ", arrived.subList(0, Math.min(3, arrived.size())))
                    + (arrived.size() > 3 ? ", …" : ""));
    var notice = Notification.show(text, 4000, Notification.Position.BOTTOM_END);
    notice.getElement().setAttribute("role", "status");
  }

  @Override
  public String getPageTitle() {
    return getTranslation("nav.requests");
  }
}
