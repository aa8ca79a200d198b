package com.onewindow.shared.request;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The SLA targets per channel (B3), as settings {@code onewindow.sla.<channel>.first-response} and
 * {@code .activation}: a submitted request must be claimed within the first, and activated within
 * the second, both counted from submission without the time spent waiting for the customer.
 *
 * <p>Both due dates hang on the request's SLA start (its submission shifted by every pause), so
 * "overdue" is a simple range predicate per channel that the queue asks the database.
 */
@ConfigurationProperties("onewindow.sla")
public record SlaPolicy(Map<Channel, Target> targets) {

  private static final Target FALLBACK = new Target(Duration.ofHours(4), Duration.ofDays(10));

  public SlaPolicy {
    var all = new EnumMap<Channel, Target>(Channel.class);
    for (Channel channel : Channel.values()) {
      all.put(channel, targets == null ? FALLBACK : targets.getOrDefault(channel, FALLBACK));
    }
    targets = Map.copyOf(all);
  }

  /** How long a channel's requests may take: to the first response and to activation. */
  public record Target(Duration firstResponse, Duration activation) {}

  public Target of(Channel channel) {
    return targets.get(channel);
  }

  /** The deadline the request runs against now: the first response, then the activation. */
  public Optional<Instant> dueAt(
      RequestStatus status, Channel channel, @Nullable Instant slaStartedAt) {
    if (slaStartedAt == null || status == RequestStatus.DRAFT || status.isFinal()) {
      return Optional.empty();
    }
    Target target = of(channel);
    return Optional.of(
        slaStartedAt.plus(
            status == RequestStatus.SUBMITTED ? target.firstResponse() : target.activation()));
  }

  public SlaState stateOf(
      RequestStatus status, Channel channel, @Nullable Instant slaStartedAt, Instant now) {
    if (status == RequestStatus.ON_HOLD) {
      return SlaState.PAUSED;
    }
    return dueAt(status, channel, slaStartedAt)
        .map(due -> due.isBefore(now) ? SlaState.OVERDUE : SlaState.ON_TRACK)
        .orElse(SlaState.NONE);
  }

  public SlaState stateOf(ConnectionRequest request, Instant now) {
    return stateOf(
        request.getStatus(), request.getChannel(), request.slaStartedAt().orElse(null), now);
  }
}
