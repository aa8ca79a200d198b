package com.onewindow.shared.request;

import static com.onewindow.shared.request.RequestFixtures.MOSCOW;
import static com.onewindow.shared.request.RequestFixtures.NOW;
import static com.onewindow.shared.request.RequestFixtures.OWN_COMPANY_ID;
import static com.onewindow.shared.request.RequestFixtures.PERM;
import static com.onewindow.shared.request.RequestFixtures.aRequest;
import static com.onewindow.shared.request.RequestFixtures.company;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import com.onewindow.shared.common.BusinessRuleViolation;
import com.onewindow.shared.request.RequestFixtures.Start;
import com.onewindow.shared.request.RequestFixtures.Who;
import com.onewindow.shared.security.Actor;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The rules of a request that go beyond the lifecycle table: numbers, reasons, preconditions. */
class ConnectionRequestTest {

  private static final Actor SYSTEM = Actor.system();
  private static final Actor TECHNICIAN = Who.TECHNICIAN.actor();
  private static final Actor CUSTOMER = Who.OWN_CUSTOMER.actor();
  private static final Instant LATER = NOW.plusSeconds(3600);

  @ParameterizedTest(name = "held from {0}")
  @EnumSource(names = {"ON_HOLD_FROM_IN_REVIEW", "ON_HOLD_FROM_SURVEY"})
  void customer_may_cancel_a_request_held_before_it_was_scheduled(Start held) {
    var request = aRequest().in(held);

    request.cancel("We found another provider", CUSTOMER, LATER);

    assertThat(request.getStatus()).isEqualTo(RequestStatus.CANCELLED);
  }

  @Test
  void customer_may_not_cancel_a_request_held_after_it_was_scheduled() {
    var request = aRequest().in(Start.ON_HOLD_FROM_SCHEDULED);

    assertThatExceptionOfType(TransitionRefused.class)
        .isThrownBy(() -> request.cancel("We found another provider", CUSTOMER, LATER))
        .returns("request.error.notPermitted", BusinessRuleViolation::messageKey);
    assertThat(request.getStatus()).isEqualTo(RequestStatus.ON_HOLD);
  }

  @ParameterizedTest(name = "held from {0}")
  @EnumSource(names = {"IN_REVIEW", "SURVEY", "SCHEDULED"})
  void resume_returns_to_the_state_the_request_was_held_in(RequestStatus heldIn) {
    var request = aRequest().in(Start.valueOf(heldIn.name()));
    request.putOnHold("The floor plan", TECHNICIAN, NOW);

    request.resume(TECHNICIAN, LATER);

    assertThat(request.getStatus()).isEqualTo(heldIn);
  }

  @Test
  void resumed_request_no_longer_remembers_where_it_was_held() {
    var request = aRequest().in(Start.ON_HOLD_FROM_SURVEY);

    request.resume(TECHNICIAN, LATER);

    assertThat(request.heldFrom()).isEmpty();
  }

  @Test
  void activate_is_refused_until_the_installation_is_marked_done() {
    var request = aRequest().in(Start.SCHEDULED);

    assertThatExceptionOfType(BusinessRuleViolation.class)
        .isThrownBy(() -> request.activate(TECHNICIAN, LATER))
        .returns("request.error.notInstalled", BusinessRuleViolation::messageKey);
    assertThat(request.getStatus()).isEqualTo(RequestStatus.SCHEDULED);
  }

  @Test
  void activate_succeeds_once_the_installation_is_marked_done() {
    var request = aRequest().in(Start.SCHEDULED);
    request.markInstalled(TECHNICIAN, NOW);

    request.activate(TECHNICIAN, LATER);

    assertThat(request.getStatus()).isEqualTo(RequestStatus.ACTIVATED);
  }

  @Test
  void marking_the_installation_done_twice_is_refused() {
    var request = aRequest().in(Start.SCHEDULED);
    request.markInstalled(TECHNICIAN, NOW);
    int eventsBefore = request.getEvents().size();

    assertThatExceptionOfType(TransitionRefused.class)
        .isThrownBy(() -> request.markInstalled(TECHNICIAN, LATER))
        .returns("request.error.illegalTransition", BusinessRuleViolation::messageKey);
    assertThat(request.getEvents()).hasSize(eventsBefore);
  }

  @Test
  void submitting_a_draft_without_lines_is_refused() {
    var request = aRequest().withoutLines().draft();

    assertThatExceptionOfType(BusinessRuleViolation.class)
        .isThrownBy(() -> request.submit(CUSTOMER, NOW))
        .returns("request.error.noLines", BusinessRuleViolation::messageKey);
    assertThat(request.getStatus()).isEqualTo(RequestStatus.DRAFT);
    assertThat(request.number()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("numbering")
  void submitted_request_is_numbered_by_the_year_in_its_branch_zone_and_its_padded_id(
      String label, ZoneId zone, Instant submittedAt, long id, String number) {
    var request = aRequest().inBranchZone(zone).withId(id).draft();

    request.submit(CUSTOMER, submittedAt);

    assertThat(request.number()).contains(number);
  }

  static Stream<Arguments> numbering() {
    return Stream.of(
        Arguments.of(
            "New Year's night in Perm is already 2027",
            PERM,
            Instant.parse("2026-12-31T22:00:00Z"),
            42L,
            "2027-0000042"),
        Arguments.of(
            "the same instant in Moscow is still 2026",
            MOSCOW,
            Instant.parse("2026-12-31T20:00:00Z"),
            42L,
            "2026-0000042"),
        Arguments.of(
            "a seven-digit id fills the number",
            MOSCOW,
            Instant.parse("2026-06-01T09:00:00Z"),
            1234567L,
            "2026-1234567"));
  }

  @ParameterizedTest(name = "reason \"{0}\"")
  @ValueSource(strings = {"", " ", "\t\n "})
  void rejecting_without_a_reason_is_refused(String reason) {
    var request = aRequest().in(Start.IN_REVIEW);

    assertThatExceptionOfType(BusinessRuleViolation.class)
        .isThrownBy(() -> request.reject(RejectReason.INVALID, reason, TECHNICIAN, LATER))
        .returns("request.error.reasonRequired", BusinessRuleViolation::messageKey);
    assertThat(request.getStatus()).isEqualTo(RequestStatus.IN_REVIEW);
  }

  @ParameterizedTest(name = "reason \"{0}\"")
  @ValueSource(strings = {"", " ", "\t\n "})
  void cancelling_without_a_reason_is_refused(String reason) {
    var request = aRequest().in(Start.SUBMITTED);

    assertThatExceptionOfType(BusinessRuleViolation.class)
        .isThrownBy(() -> request.cancel(reason, CUSTOMER, LATER))
        .returns("request.error.reasonRequired", BusinessRuleViolation::messageKey);
    assertThat(request.getStatus()).isEqualTo(RequestStatus.SUBMITTED);
  }

  @Test
  void first_activation_records_the_start_of_cooperation() {
    var request = aRequest().in(Start.SCHEDULED_AND_INSTALLED);

    request.activate(TECHNICIAN, LATER);

    assertThat(request.getCompany().cooperationStartedAt()).contains(LATER);
  }

  @Test
  void later_activation_keeps_the_first_start_of_cooperation() {
    var client = company(OWN_COMPANY_ID);
    aRequest().of(client).withId(1).in(Start.SCHEDULED_AND_INSTALLED).activate(TECHNICIAN, NOW);
    var second = aRequest().of(client).withId(2).in(Start.SCHEDULED_AND_INSTALLED);

    second.activate(TECHNICIAN, LATER);

    assertThat(client.cooperationStartedAt()).contains(NOW);
  }

  @ParameterizedTest(name = "{0} by the system from {1}")
  @MethodSource("finalStatesAndActions")
  void final_state_allows_no_action_even_to_the_system(RequestAction action, Start finalState) {
    var request = aRequest().in(finalState);

    assertThat(request.allows(action, SYSTEM)).isFalse();
  }

  static Stream<Arguments> finalStatesAndActions() {
    var finals = EnumSet.of(Start.ACTIVATED, Start.CANCELLED, Start.REJECTED);
    return finals.stream()
        .flatMap(
            start -> Stream.of(RequestAction.values()).map(action -> Arguments.of(action, start)));
  }

  @Test
  void a_feasible_survey_keeps_the_request_in_survey_and_offers_scheduling() {
    var request = aRequest().in(Start.SURVEY);

    request.recordSurvey(true, "Fibre in the basement", TECHNICIAN, LATER);

    assertThat(request.getStatus()).isEqualTo(RequestStatus.SURVEY);
    assertThat(request.surveyFeasible()).contains(true);
    assertThat(request.allows(RequestAction.SCHEDULE, TECHNICIAN)).isTrue();
    assertThat(request.allows(RequestAction.RECORD_SURVEY, TECHNICIAN)).isFalse();
  }

  @Test
  void an_infeasible_survey_rejects_the_request_as_not_feasible_with_the_notes() {
    var request = aRequest().in(Start.SURVEY);

    request.recordSurvey(false, "No duct to the building", TECHNICIAN, LATER);

    assertThat(request.getStatus()).isEqualTo(RequestStatus.REJECTED);
    assertThat(request.getRejectReason()).isEqualTo(RejectReason.NOT_FEASIBLE);
    assertThat(request.getEvents())
        .extracting(RequestEvent::getType)
        .endsWith(RequestEventType.SURVEY_RECORDED, RequestEventType.REJECTED);
    assertThat(request.getEvents().getLast().getText()).isEqualTo("No duct to the building");
  }

  @Test
  void the_timeline_keeps_a_surveys_result_as_a_value_and_its_notes_from_the_customer() {
    var request = aRequest().in(Start.SURVEY);

    request.recordSurvey(true, "Fibre in the basement", TECHNICIAN, LATER);

    var survey = request.getEvents().getLast();
    assertThat(survey.getType()).isEqualTo(RequestEventType.SURVEY_RECORDED);
    assertThat(survey.surveyFeasible()).contains(true);
    assertThat(survey.getText()).isEqualTo("Fibre in the basement");
    assertThat(survey.isCustomerVisible()).isTrue();
    assertThat(survey.customerText()).isNull();
  }

  @Test
  void an_infeasible_surveys_rejection_carries_its_reason_and_tells_the_customer_the_notes() {
    var request = aRequest().in(Start.SURVEY);

    request.recordSurvey(false, "No duct to the building", TECHNICIAN, LATER);

    var events = request.getEvents();
    var survey = events.get(events.size() - 2);
    var rejection = events.getLast();
    assertThat(survey.surveyFeasible()).contains(false);
    assertThat(survey.rejectReason()).isEmpty();
    assertThat(rejection.rejectReason()).contains(RejectReason.NOT_FEASIBLE);
    assertThat(rejection.surveyFeasible()).isEmpty();
    assertThat(rejection.customerText()).isEqualTo("No duct to the building");
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(RejectReason.class)
  void a_rejection_keeps_its_reason_and_explanation_on_the_timeline(RejectReason reason) {
    var request = aRequest().in(Start.IN_REVIEW);

    request.reject(reason, "Already asked as 2026-0000042", TECHNICIAN, LATER);

    var rejection = request.getEvents().getLast();
    assertThat(rejection.getType()).isEqualTo(RequestEventType.REJECTED);
    assertThat(rejection.rejectReason()).contains(reason);
    assertThat(rejection.customerText()).isEqualTo("Already asked as 2026-0000042");
    assertThat(rejection.isCustomerVisible()).isTrue();
  }

  @Test
  void a_hold_tells_the_customer_what_is_awaited() {
    var request = aRequest().in(Start.IN_REVIEW);

    request.putOnHold("The floor plan", TECHNICIAN, LATER);

    var hold = request.getEvents().getLast();
    assertThat(hold.getType()).isEqualTo(RequestEventType.PUT_ON_HOLD);
    assertThat(hold.customerText()).isEqualTo("The floor plan");
    assertThat(hold.rejectReason()).isEmpty();
    assertThat(hold.surveyFeasible()).isEmpty();
  }

  @Test
  void a_survey_result_is_recorded_once() {
    var request = aRequest().in(Start.SURVEY);
    request.recordSurvey(true, "Fine", TECHNICIAN, LATER);

    assertThatExceptionOfType(TransitionRefused.class)
        .isThrownBy(() -> request.recordSurvey(false, "Changed my mind", TECHNICIAN, LATER));
  }

  @ParameterizedTest(name = "notes \"{0}\"")
  @ValueSource(strings = {"", " ", "\t\n "})
  void a_survey_without_notes_is_refused(String notes) {
    var request = aRequest().in(Start.SURVEY);

    assertThatExceptionOfType(BusinessRuleViolation.class)
        .isThrownBy(() -> request.recordSurvey(true, notes, TECHNICIAN, LATER))
        .returns("request.error.reasonRequired", BusinessRuleViolation::messageKey);
    assertThat(request.surveyFeasible()).isEmpty();
  }

  @Test
  void an_internal_note_stays_off_the_customers_timeline_and_sends_nothing() {
    var request = aRequest().in(Start.IN_REVIEW);

    request.addInternalNote("Customer is rude, be patient", TECHNICIAN, LATER);

    var note = request.getEvents().getLast();
    assertThat(note.getType()).isEqualTo(RequestEventType.INTERNAL_NOTE);
    assertThat(note.isCustomerVisible()).isFalse();
    assertThat(request.pendingEvents()).noneMatch(e -> e instanceof CustomerMessagePosted);
  }

  @Test
  void a_message_to_the_customer_is_visible_and_announced_for_the_mail() {
    var request = aRequest().in(Start.IN_REVIEW);

    request.postMessageToCustomer("Please send the lease", TECHNICIAN, LATER);

    var message = request.getEvents().getLast();
    assertThat(message.getType()).isEqualTo(RequestEventType.MESSAGE);
    assertThat(message.isCustomerVisible()).isTrue();
    assertThat(request.pendingEvents())
        .filteredOn(e -> e instanceof CustomerMessagePosted)
        .singleElement()
        .satisfies(
            e -> {
              var posted = (CustomerMessagePosted) e;
              assertThat(posted.contactEmail()).isEqualTo("olga@client.test");
              assertThat(posted.text()).isEqualTo("Please send the lease");
            });
  }

  @Test
  void customers_cannot_write_internal_notes_or_staff_messages() {
    var request = aRequest().in(Start.IN_REVIEW);

    assertThatExceptionOfType(BusinessRuleViolation.class)
        .isThrownBy(() -> request.addInternalNote("peek", CUSTOMER, LATER));
    assertThatExceptionOfType(BusinessRuleViolation.class)
        .isThrownBy(() -> request.postMessageToCustomer("hi", CUSTOMER, LATER));
  }

  @Test
  void claiming_records_the_first_response() {
    var request = aRequest().in(Start.SUBMITTED);

    request.claim(TECHNICIAN, RequestFixtures.technicianUser(), LATER);

    assertThat(request.firstResponseAt()).contains(LATER);
  }

  @Test
  void the_sla_clock_starts_at_submission() {
    var request = aRequest().in(Start.SUBMITTED);

    assertThat(request.slaStartedAt()).contains(NOW);
  }

  @Test
  void time_on_hold_moves_the_sla_start_forward_by_the_pause() {
    var request = aRequest().in(Start.IN_REVIEW);
    var heldAt = NOW.plus(java.time.Duration.ofHours(2));
    request.putOnHold("The lease", TECHNICIAN, heldAt);
    assertThat(request.heldSince()).contains(heldAt);

    request.resume(TECHNICIAN, heldAt.plus(java.time.Duration.ofDays(3)));

    assertThat(request.slaStartedAt()).contains(NOW.plus(java.time.Duration.ofDays(3)));
    assertThat(request.timeOnHold()).isEqualTo(java.time.Duration.ofDays(3));
    assertThat(request.heldSince()).isEmpty();
  }

  @Test
  void pauses_add_up() {
    var request = aRequest().in(Start.IN_REVIEW);
    request.putOnHold("A", TECHNICIAN, NOW.plusSeconds(100));
    request.resume(TECHNICIAN, NOW.plusSeconds(400));
    request.putOnHold("B", TECHNICIAN, NOW.plusSeconds(1000));
    request.resume(TECHNICIAN, NOW.plusSeconds(1500));

    assertThat(request.timeOnHold()).hasSeconds(800);
    assertThat(request.slaStartedAt()).contains(NOW.plusSeconds(800));
  }

  @Test
  void closing_a_request_on_hold_ends_the_pause() {
    var request = aRequest().in(Start.ON_HOLD_FROM_IN_REVIEW);

    request.cancel("Customer gone", TECHNICIAN, NOW.plusSeconds(600));

    assertThat(request.heldSince()).isEmpty();
    assertThat(request.timeOnHold()).hasSeconds(600);
  }
}
