package com.onewindow.shared.request;

import static com.onewindow.shared.request.RequestFixtures.NOW;
import static com.onewindow.shared.request.RequestFixtures.aRequest;
import static org.assertj.core.api.Assertions.assertThat;

import com.onewindow.shared.request.RequestFixtures.Start;
import com.onewindow.shared.request.RequestFixtures.Who;
import com.onewindow.shared.security.Actor;
import com.onewindow.shared.testing.MutableClock;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The SLA clock (B3) against a clock the test moves: due dates, overdue, the pause on hold. */
class SlaPolicyTest {

  private static final Actor TECHNICIAN = Who.TECHNICIAN.actor();
  private static final SlaPolicy SLA =
      new SlaPolicy(
          Map.of(Channel.ONLINE, new SlaPolicy.Target(Duration.ofHours(4), Duration.ofDays(10))));

  private final MutableClock clock = new MutableClock(NOW);

  @Test
  void an_unclaimed_request_is_due_for_its_first_response_after_the_channels_target() {
    var request = aRequest().in(Start.SUBMITTED);

    assertThat(SLA.dueAt(request.getStatus(), request.getChannel(), NOW))
        .contains(NOW.plus(Duration.ofHours(4)));
    clock.advance(Duration.ofHours(4));
    assertThat(SLA.stateOf(request, clock.instant())).isEqualTo(SlaState.ON_TRACK);
    clock.advance(Duration.ofSeconds(1));
    assertThat(SLA.stateOf(request, clock.instant())).isEqualTo(SlaState.OVERDUE);
  }

  @Test
  void a_claimed_request_runs_against_the_activation_target() {
    var request = aRequest().in(Start.IN_REVIEW);
    clock.advance(Duration.ofDays(9));

    assertThat(SLA.stateOf(request, clock.instant())).isEqualTo(SlaState.ON_TRACK);
    clock.advance(Duration.ofDays(1).plusSeconds(1));
    assertThat(SLA.stateOf(request, clock.instant())).isEqualTo(SlaState.OVERDUE);
  }

  @Test
  void the_clock_stands_still_on_hold_and_the_pause_is_not_counted_after_resuming() {
    var request = aRequest().in(Start.IN_REVIEW);
    clock.advance(Duration.ofDays(8));
    request.putOnHold("The signed contract", TECHNICIAN, clock.instant());
    clock.advance(Duration.ofDays(30));

    assertThat(SLA.stateOf(request, clock.instant())).isEqualTo(SlaState.PAUSED);

    request.resume(TECHNICIAN, clock.instant());
    clock.advance(Duration.ofDays(1));
    assertThat(SLA.stateOf(request, clock.instant())).isEqualTo(SlaState.ON_TRACK);
    clock.advance(Duration.ofDays(1).plusSeconds(1));
    assertThat(SLA.stateOf(request, clock.instant())).isEqualTo(SlaState.OVERDUE);
  }

  @Test
  void closed_requests_and_drafts_have_no_sla() {
    clock.advance(Duration.ofDays(365));
    assertThat(SLA.stateOf(aRequest().in(Start.ACTIVATED), clock.instant()))
        .isEqualTo(SlaState.NONE);
    assertThat(SLA.stateOf(aRequest().in(Start.DRAFT), clock.instant())).isEqualTo(SlaState.NONE);
  }

  @Test
  void a_channel_without_a_setting_gets_the_fallback_target() {
    assertThat(SLA.of(Channel.DIRECT).firstResponse()).isPositive();
  }
}
