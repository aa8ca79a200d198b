package com.onewindow.shared.live;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.SequencedSet;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the feed every second in every instance and republishes new entries as {@link LiveChange}
 * events in this JVM. It looks back a few seconds each time, because a transaction that took an id
 * earlier may commit later than one that took a later id; ids already seen are skipped.
 */
@Component
class ChangeFeedPoller {

  private static final Logger log = LoggerFactory.getLogger(ChangeFeedPoller.class);
  private static final Duration LOOK_BACK = Duration.ofSeconds(30);
  private static final Duration KEEP = Duration.ofDays(1);
  private static final int REMEMBERED = 10_000;

  private final ChangeFeedEntries entries;
  private final ApplicationEventPublisher events;
  private final Clock clock;
  private final SequencedSet<Long> seen = new LinkedHashSet<>();
  private Instant startedAt;

  ChangeFeedPoller(ChangeFeedEntries entries, ApplicationEventPublisher events, Clock clock) {
    this.entries = entries;
    this.events = events;
    this.clock = clock;
    this.startedAt = clock.instant();
  }

  @Scheduled(fixedDelayString = "${onewindow.live.poll-interval:PT1S}")
  @Transactional(readOnly = true)
  public synchronized void poll() {
    Instant since = clock.instant().minus(LOOK_BACK);
    if (since.isBefore(startedAt)) {
      since = startedAt;
    }
    for (ChangeFeedEntry entry : entries.findSince(since)) {
      LiveChange change = entry.toChange();
      if (seen.add(change.id())) {
        try {
          events.publishEvent(change);
        } catch (RuntimeException failed) {
          // one change's trouble must not keep the later ones of this poll from anyone
          log.warn("Live change {} could not be published", change.id(), failed);
        }
      }
    }
    while (seen.size() > REMEMBERED) {
      seen.removeFirst();
    }
  }

  @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
  @SchedulerLock(name = "change-feed-cleanup")
  @Transactional
  public void removeOldEntries() {
    entries.deleteOlderThan(clock.instant().minus(KEEP));
  }
}
