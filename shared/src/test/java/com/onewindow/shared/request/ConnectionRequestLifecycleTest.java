package com.onewindow.shared.request;

import static com.onewindow.shared.request.RequestAction.ACTIVATE;
import static com.onewindow.shared.request.RequestAction.ADD_LINE;
import static com.onewindow.shared.request.RequestAction.ASSIGN;
import static com.onewindow.shared.request.RequestAction.CANCEL;
import static com.onewindow.shared.request.RequestAction.CLAIM;
import static com.onewindow.shared.request.RequestAction.MARK_INSTALLED;
import static com.onewindow.shared.request.RequestAction.PUT_ON_HOLD;
import static com.onewindow.shared.request.RequestAction.RECORD_SURVEY;
import static com.onewindow.shared.request.RequestAction.REJECT;
import static com.onewindow.shared.request.RequestAction.RESUME;
import static com.onewindow.shared.request.RequestAction.SCHEDULE;
import static com.onewindow.shared.request.RequestAction.START_SURVEY;
import static com.onewindow.shared.request.RequestAction.SUBMIT;
import static com.onewindow.shared.request.RequestFixtures.NOW;
import static com.onewindow.shared.request.RequestFixtures.aRequest;
import static com.onewindow.shared.request.RequestFixtures.technicianUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import com.onewindow.shared.common.BusinessRuleViolation;
import com.onewindow.shared.request.RequestFixtures.Start;
import com.onewindow.shared.request.RequestFixtures.Who;
import com.onewindow.shared.security.Actor;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every action from every state by every kind of actor, checked against the lifecycle of PRODUCT.md
 * section 5 written out below as a table. The table is kept apart from {@link RequestLifecycle} on
 * purpose: if the code drifts from the product, these tests fail.
 */
class ConnectionRequestLifecycleTest {

  static final String ILLEGAL = "request.error.illegalTransition";
  static final String NOT_PERMITTED = "request.error.notPermitted";
  static final String NOT_INSTALLED = "request.error.notInstalled";

  // Who may take a step. The system actor (scheduled jobs, demo data) may take any legal step.
  private static final Set<Who> SALES_OR_OWN_CUSTOMER =
      EnumSet.of(Who.INBOUND_AGENT, Who.SERVICE_MANAGER, Who.HEAD, Who.OWN_CUSTOMER, Who.SYSTEM);
  private static final Set<Who> TECHNICIANS = EnumSet.of(Who.TECHNICIAN, Who.SYSTEM);
  private static final Set<Who> TECHNICIANS_OR_HEADS =
      EnumSet.of(Who.TECHNICIAN, Who.HEAD, Who.SYSTEM);
  private static final Set<Who> TECHNICIANS_HEADS_OR_OWN_CUSTOMER =
      EnumSet.of(Who.TECHNICIAN, Who.HEAD, Who.OWN_CUSTOMER, Who.SYSTEM);

  /**
   * The legal steps: from a start, an action leads to a status, for these actors only; anybody else
   * is not permitted. An action with no row for a start is illegal there, whoever asks. The last
   * rows are steps the state and the actor allow but a precondition refuses.
   */
  private static final List<Row> TABLE =
      List.of(
          step(ADD_LINE, Start.DRAFT, RequestStatus.DRAFT, SALES_OR_OWN_CUSTOMER),
          step(SUBMIT, Start.DRAFT, RequestStatus.SUBMITTED, SALES_OR_OWN_CUSTOMER),
          step(CLAIM, Start.SUBMITTED, RequestStatus.IN_REVIEW, TECHNICIANS),
          step(ASSIGN, Start.SUBMITTED, RequestStatus.SUBMITTED, TECHNICIANS_OR_HEADS),
          step(ASSIGN, Start.IN_REVIEW, RequestStatus.IN_REVIEW, TECHNICIANS_OR_HEADS),
          step(ASSIGN, Start.SURVEY, RequestStatus.SURVEY, TECHNICIANS_OR_HEADS),
          step(ASSIGN, Start.SCHEDULED, RequestStatus.SCHEDULED, TECHNICIANS_OR_HEADS),
          step(
              ASSIGN, Start.SCHEDULED_AND_INSTALLED, RequestStatus.SCHEDULED, TECHNICIANS_OR_HEADS),
          step(ASSIGN, Start.ON_HOLD_FROM_IN_REVIEW, RequestStatus.ON_HOLD, TECHNICIANS_OR_HEADS),
          step(ASSIGN, Start.ON_HOLD_FROM_SURVEY, RequestStatus.ON_HOLD, TECHNICIANS_OR_HEADS),
          step(ASSIGN, Start.ON_HOLD_FROM_SCHEDULED, RequestStatus.ON_HOLD, TECHNICIANS_OR_HEADS),
          step(START_SURVEY, Start.IN_REVIEW, RequestStatus.SURVEY, TECHNICIANS),
          // a feasible survey keeps the request in survey, ready to schedule
          step(RECORD_SURVEY, Start.SURVEY, RequestStatus.SURVEY, TECHNICIANS),
          step(SCHEDULE, Start.IN_REVIEW, RequestStatus.SCHEDULED, TECHNICIANS),
          step(SCHEDULE, Start.SURVEY, RequestStatus.SCHEDULED, TECHNICIANS),
          step(MARK_INSTALLED, Start.SCHEDULED, RequestStatus.SCHEDULED, TECHNICIANS),
          step(ACTIVATE, Start.SCHEDULED_AND_INSTALLED, RequestStatus.ACTIVATED, TECHNICIANS),
          step(PUT_ON_HOLD, Start.IN_REVIEW, RequestStatus.ON_HOLD, TECHNICIANS),
          step(PUT_ON_HOLD, Start.SURVEY, RequestStatus.ON_HOLD, TECHNICIANS),
          step(PUT_ON_HOLD, Start.SCHEDULED, RequestStatus.ON_HOLD, TECHNICIANS),
          step(PUT_ON_HOLD, Start.SCHEDULED_AND_INSTALLED, RequestStatus.ON_HOLD, TECHNICIANS),
          step(RESUME, Start.ON_HOLD_FROM_IN_REVIEW, RequestStatus.IN_REVIEW, TECHNICIANS),
          step(RESUME, Start.ON_HOLD_FROM_SURVEY, RequestStatus.SURVEY, TECHNICIANS),
          step(RESUME, Start.ON_HOLD_FROM_SCHEDULED, RequestStatus.SCHEDULED, TECHNICIANS),
          step(REJECT, Start.SUBMITTED, RequestStatus.REJECTED, TECHNICIANS),
          step(REJECT, Start.IN_REVIEW, RequestStatus.REJECTED, TECHNICIANS),
          step(REJECT, Start.SURVEY, RequestStatus.REJECTED, TECHNICIANS),
          step(REJECT, Start.SCHEDULED, RequestStatus.REJECTED, TECHNICIANS),
          step(REJECT, Start.SCHEDULED_AND_INSTALLED, RequestStatus.REJECTED, TECHNICIANS),
          step(REJECT, Start.ON_HOLD_FROM_IN_REVIEW, RequestStatus.REJECTED, TECHNICIANS),
          step(REJECT, Start.ON_HOLD_FROM_SURVEY, RequestStatus.REJECTED, TECHNICIANS),
          step(REJECT, Start.ON_HOLD_FROM_SCHEDULED, RequestStatus.REJECTED, TECHNICIANS),
          // The customer may cancel until the request is scheduled, also while it waits for them.
          step(CANCEL, Start.DRAFT, RequestStatus.CANCELLED, TECHNICIANS_HEADS_OR_OWN_CUSTOMER),
          step(CANCEL, Start.SUBMITTED, RequestStatus.CANCELLED, TECHNICIANS_HEADS_OR_OWN_CUSTOMER),
          step(CANCEL, Start.IN_REVIEW, RequestStatus.CANCELLED, TECHNICIANS_HEADS_OR_OWN_CUSTOMER),
          step(CANCEL, Start.SURVEY, RequestStatus.CANCELLED, TECHNICIANS_HEADS_OR_OWN_CUSTOMER),
          step(
              CANCEL,
              Start.ON_HOLD_FROM_IN_REVIEW,
              RequestStatus.CANCELLED,
              TECHNICIANS_HEADS_OR_OWN_CUSTOMER),
          step(
              CANCEL,
              Start.ON_HOLD_FROM_SURVEY,
              RequestStatus.CANCELLED,
              TECHNICIANS_HEADS_OR_OWN_CUSTOMER),
          step(CANCEL, Start.SCHEDULED, RequestStatus.CANCELLED, TECHNICIANS_OR_HEADS),
          step(
              CANCEL, Start.SCHEDULED_AND_INSTALLED, RequestStatus.CANCELLED, TECHNICIANS_OR_HEADS),
          step(CANCEL, Start.ON_HOLD_FROM_SCHEDULED, RequestStatus.CANCELLED, TECHNICIANS_OR_HEADS),
          refusal(ACTIVATE, Start.SCHEDULED, NOT_INSTALLED, TECHNICIANS),
          refusal(MARK_INSTALLED, Start.SCHEDULED_AND_INSTALLED, ILLEGAL, TECHNICIANS));

  /** The timeline entry each step leaves; adding a line edits a draft and leaves none. */
  private static final Map<RequestAction, RequestEventType> TIMELINE_ENTRY =
      Map.ofEntries(
          Map.entry(SUBMIT, RequestEventType.SUBMITTED),
          Map.entry(CLAIM, RequestEventType.CLAIMED),
          Map.entry(ASSIGN, RequestEventType.ASSIGNED),
          Map.entry(START_SURVEY, RequestEventType.SURVEY_STARTED),
          Map.entry(RECORD_SURVEY, RequestEventType.SURVEY_RECORDED),
          Map.entry(SCHEDULE, RequestEventType.SCHEDULED),
          Map.entry(MARK_INSTALLED, RequestEventType.INSTALLED),
          Map.entry(ACTIVATE, RequestEventType.ACTIVATED),
          Map.entry(PUT_ON_HOLD, RequestEventType.PUT_ON_HOLD),
          Map.entry(RESUME, RequestEventType.RESUMED),
          Map.entry(REJECT, RequestEventType.REJECTED),
          Map.entry(CANCEL, RequestEventType.CANCELLED));

  @ParameterizedTest(name = "{0}")
  @MethodSource("legalCases")
  void legal_step_moves_the_request_to_the_expected_status(Case c) {
    var request = aRequest().in(c.start());

    perform(c.action(), request, c.who().actor());

    assertThat(request.getStatus()).as("%s", c).isEqualTo(((Moves) c.expected()).to());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("legalStepsOnTheTimeline")
  void legal_step_lands_on_the_timeline_with_the_actors_name(Case c) {
    var request = aRequest().in(c.start());
    int eventsBefore = request.getEvents().size();

    perform(c.action(), request, c.who().actor());

    assertThat(request.getEvents()).as("%s: timeline", c).hasSize(eventsBefore + 1);
    var entry = request.getEvents().getLast();
    assertThat(entry.getType()).as("%s: entry", c).isEqualTo(TIMELINE_ENTRY.get(c.action()));
    assertThat(entry.getActorName()).as("%s: actor", c).isEqualTo(c.who().actor().name());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("legalLineAdditions")
  void adding_a_line_to_a_draft_keeps_it_and_leaves_the_timeline_alone(Case c) {
    var request = aRequest().in(c.start());
    int linesBefore = request.getLines().size();
    int eventsBefore = request.getEvents().size();

    perform(c.action(), request, c.who().actor());

    assertThat(request.getLines()).as("%s: lines", c).hasSize(linesBefore + 1);
    assertThat(request.getEvents()).as("%s: timeline", c).hasSize(eventsBefore);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("illegalCases")
  void action_the_state_does_not_allow_is_refused_as_illegal_and_changes_nothing(Case c) {
    assertRefusedAndUnchanged(c, TransitionRefused.class, ILLEGAL);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("notPermittedCases")
  void actor_without_the_right_is_refused_as_not_permitted_and_changes_nothing(Case c) {
    assertRefusedAndUnchanged(c, TransitionRefused.class, NOT_PERMITTED);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("preconditionCases")
  void permitted_step_with_an_unmet_precondition_is_refused_and_changes_nothing(Case c) {
    assertRefusedAndUnchanged(c, BusinessRuleViolation.class, ((Refused) c.expected()).key());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("allCases")
  void request_offers_an_action_to_an_actor_exactly_when_it_is_legal(Case c) {
    var request = aRequest().in(c.start());

    assertThat(request.allows(c.action(), c.who().actor())).as("%s", c).isEqualTo(c.isLegal());
  }

  private static void assertRefusedAndUnchanged(
      Case c, Class<? extends BusinessRuleViolation> type, String messageKey) {
    var request = aRequest().in(c.start());
    int eventsBefore = request.getEvents().size();
    int linesBefore = request.getLines().size();

    assertThatExceptionOfType(type)
        .as("%s", c)
        .isThrownBy(() -> perform(c.action(), request, c.who().actor()))
        .returns(messageKey, BusinessRuleViolation::messageKey);
    assertThat(request.getStatus()).as("%s: status", c).isEqualTo(c.start().status);
    assertThat(request.getEvents()).as("%s: timeline", c).hasSize(eventsBefore);
    assertThat(request.getLines()).as("%s: lines", c).hasSize(linesBefore);
  }

  /** Takes the action through the aggregate's public method, with plausible arguments. */
  private static void perform(RequestAction action, ConnectionRequest request, Actor actor) {
    var later = NOW.plus(Duration.ofHours(1));
    switch (action) {
      case ADD_LINE -> RequestFixtures.addLine(request, actor);
      case SUBMIT -> request.submit(actor, later);
      case CLAIM -> request.claim(actor, technicianUser(), later);
      case ASSIGN -> request.assignTo(technicianUser(), actor, later);
      case START_SURVEY -> request.startSurvey(actor, later);
      case RECORD_SURVEY -> request.recordSurvey(true, "Fibre in the basement", actor, later);
      case SCHEDULE ->
          request.schedule(LocalDate.of(2026, 3, 12), InstallWindow.AFTERNOON, actor, later);
      case MARK_INSTALLED -> request.markInstalled(actor, later);
      case ACTIVATE -> request.activate(actor, later);
      case PUT_ON_HOLD -> request.putOnHold("A copy of the lease", actor, later);
      case RESUME -> request.resume(actor, later);
      case REJECT -> request.reject(RejectReason.NOT_FEASIBLE, "No fibre nearby", actor, later);
      case CANCEL -> request.cancel("No longer needed", actor, later);
    }
  }

  // The table, expanded to every start × action × actor.

  sealed interface Outcome permits Moves, Refused {}

  record Moves(RequestStatus to) implements Outcome {
    @Override
    public String toString() {
      return "moves to " + to;
    }
  }

  record Refused(String key) implements Outcome {
    @Override
    public String toString() {
      return "is refused (" + key + ")";
    }
  }

  private record Row(RequestAction action, Start start, Outcome outcome, Set<Who> who) {}

  record Case(Start start, RequestAction action, Who who, Outcome expected) {

    boolean isLegal() {
      return expected instanceof Moves;
    }

    @Override
    public String toString() {
      return "%s by %s from %s %s".formatted(action, who, start, expected);
    }
  }

  private static Row step(RequestAction action, Start start, RequestStatus to, Set<Who> who) {
    return new Row(action, start, new Moves(to), who);
  }

  private static Row refusal(RequestAction action, Start start, String key, Set<Who> who) {
    return new Row(action, start, new Refused(key), who);
  }

  private static Outcome expected(Start start, RequestAction action, Who who) {
    return TABLE.stream()
        .filter(row -> row.action() == action && row.start() == start)
        .findFirst()
        .map(row -> row.who().contains(who) ? row.outcome() : new Refused(NOT_PERMITTED))
        .orElse(new Refused(ILLEGAL));
  }

  private static boolean isPrecondition(Case c) {
    return TABLE.stream()
        .anyMatch(
            row ->
                row.action() == c.action()
                    && row.start() == c.start()
                    && row.outcome() instanceof Refused
                    && row.who().contains(c.who()));
  }

  static Stream<Case> allCases() {
    return Arrays.stream(Start.values())
        .flatMap(start -> Arrays.stream(RequestAction.values()).flatMap(a -> casesOf(start, a)));
  }

  private static Stream<Case> casesOf(Start start, RequestAction action) {
    return Arrays.stream(Who.values())
        .map(who -> new Case(start, action, who, expected(start, action, who)));
  }

  static Stream<Case> legalCases() {
    return allCases().filter(Case::isLegal);
  }

  static Stream<Case> legalStepsOnTheTimeline() {
    return legalCases().filter(c -> c.action() != ADD_LINE);
  }

  static Stream<Case> legalLineAdditions() {
    return legalCases().filter(c -> c.action() == ADD_LINE);
  }

  static Stream<Case> illegalCases() {
    return allCases()
        .filter(c -> new Refused(ILLEGAL).equals(c.expected()))
        .filter(c -> !isPrecondition(c));
  }

  static Stream<Case> notPermittedCases() {
    return allCases().filter(c -> new Refused(NOT_PERMITTED).equals(c.expected()));
  }

  static Stream<Case> preconditionCases() {
    return allCases().filter(ConnectionRequestLifecycleTest::isPrecondition);
  }
}
