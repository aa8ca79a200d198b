package com.onewindow.shared.request;

import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What a queue user asks for. Empty status set: every status but drafts. The branch is honoured for
 * head-office staff only; everybody else always gets their own branch.
 */
public record QueueFilter(
    Set<RequestStatus> statuses,
    @Nullable Long branchId,
    @Nullable Channel channel,
    boolean mine,
    boolean unassigned,
    boolean overdue,
    @Nullable String search) {

  public QueueFilter {
    statuses = statuses.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(statuses));
    search = search == null || search.isBlank() ? null : search.strip();
  }

  public static QueueFilter everything() {
    return new QueueFilter(Set.of(), null, null, false, false, false, null);
  }

  public QueueFilter withStatuses(Set<RequestStatus> wanted) {
    return new QueueFilter(wanted, branchId, channel, mine, unassigned, overdue, search);
  }

  public QueueFilter withSearch(@Nullable String text) {
    return new QueueFilter(statuses, branchId, channel, mine, unassigned, overdue, text);
  }
}
