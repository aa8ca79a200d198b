package com.onewindow.shared.live;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ChangeFeedEntries extends JpaRepository<ChangeFeedEntry, Long> {

  @Query("select e from ChangeFeedEntry e where e.occurredAt >= :since order by e.id")
  List<ChangeFeedEntry> findSince(Instant since);

  @Modifying
  @Query("delete from ChangeFeedEntry e where e.occurredAt < :before")
  int deleteOlderThan(Instant before);
}
