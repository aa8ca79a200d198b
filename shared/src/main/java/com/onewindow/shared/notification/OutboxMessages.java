package com.onewindow.shared.notification;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface OutboxMessages extends JpaRepository<OutboxMessage, Long> {

  @Query(
      """
      select m.id from OutboxMessage m
      where m.status = com.onewindow.shared.notification.OutboxMessage.Status.PENDING
        and m.nextAttemptAt <= :now
      order by m.nextAttemptAt
      """)
  List<Long> findDueIds(Instant now, Limit limit);

  long countByStatus(OutboxMessage.Status status);
}
