package com.onewindow.shared.live;

import java.time.Clock;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Writes a change to the feed, inside the transaction that makes it. */
@Component
public class ChangeFeed {

  private final ChangeFeedEntries entries;
  private final Clock clock;

  ChangeFeed(ChangeFeedEntries entries, Clock clock) {
    this.entries = entries;
    this.clock = clock;
  }

  @Transactional(propagation = Propagation.MANDATORY)
  public void publish(
      LiveChange.Topic topic, long subjectId, @Nullable Long branchId, @Nullable Long companyId) {
    entries.save(new ChangeFeedEntry(topic, subjectId, branchId, companyId, clock.instant()));
  }
}
