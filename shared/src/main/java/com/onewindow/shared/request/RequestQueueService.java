package com.onewindow.shared.request;

import com.onewindow.shared.common.LocalizedText;
import com.onewindow.shared.coverage.Branches;
import com.onewindow.shared.security.CurrentUser;
import com.onewindow.shared.security.StaffPrincipal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The technicians' queue (B1): every submitted request in the caller's scope (their branch, or all
 * branches from the head office), filtered, searched, sorted and paged in the database.
 */
@Service
@Transactional(readOnly = true)
public class RequestQueueService {

  private static final String STAFF =
      "isAuthenticated() and principal instanceof T(com.onewindow.shared.security.StaffPrincipal)";

  // keeps the IN list well within every database's limits
  private static final int ARRIVALS_PER_QUERY = 1_000;

  private final RequestQueue queue;
  private final QueueCounts counts;
  private final ConnectionRequests requests;
  private final Branches branches;
  private final Clock clock;

  RequestQueueService(
      RequestQueue queue,
      QueueCounts counts,
      ConnectionRequests requests,
      Branches branches,
      Clock clock) {
    this.queue = queue;
    this.counts = counts;
    this.requests = requests;
    this.branches = branches;
    this.clock = clock;
  }

  /** One page of the queue; a short page means the end (no total is counted for paging). */
  @PreAuthorize(STAFF)
  public List<QueueRow> page(QueueFilter filter, Pageable pageable) {
    StaffPrincipal staff = CurrentUser.requireStaff();
    return queue.page(filter, scopeOf(staff), staff.staffId(), clock.instant(), pageable);
  }

  /**
   * How many requests of each status the filter finds, at most a few seconds old. No transaction of
   * its own: callers that wait for another's identical count (see {@link QueueCounts}) hold no
   * connection meanwhile; the count is one statement.
   */
  @PreAuthorize(STAFF)
  @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
  public Map<RequestStatus, Long> countsByStatus(QueueFilter filter) {
    StaffPrincipal staff = CurrentUser.requireStaff();
    Long scope = scopeOf(staff);
    Instant now = clock.instant();
    return counts.get(
        scope,
        staff.staffId(),
        filter,
        () -> queue.countsByStatus(filter, scope, staff.staffId(), now));
  }

  /** The branches a head-office user may filter by; empty for branch staff (they see their own). */
  @PreAuthorize(STAFF)
  public List<BranchChoice> branchChoices() {
    if (!CurrentUser.requireStaff().isHeadOffice()) {
      return List.of();
    }
    return branches.findAllByOrderByNameRu().stream()
        .map(b -> new BranchChoice(b.getId(), b.name()))
        .toList();
  }

  /**
   * Of these requests, the numbers of those just submitted and in the caller's scope, sorted: what
   * a burst of live changes should be announced as, in one query rather than one per request (a
   * burst of more than {@value #ARRIVALS_PER_QUERY} takes one per that many).
   */
  @PreAuthorize(STAFF)
  public List<String> newArrivalNumbers(Collection<Long> requestIds) {
    if (requestIds.isEmpty()) {
      return List.of();
    }
    Long scope = scopeOf(CurrentUser.requireStaff());
    List<Long> ids = List.copyOf(new LinkedHashSet<>(requestIds));
    var numbers = new ArrayList<String>();
    for (int from = 0; from < ids.size(); from += ARRIVALS_PER_QUERY) {
      var chunk = ids.subList(from, Math.min(ids.size(), from + ARRIVALS_PER_QUERY));
      numbers.addAll(requests.findSubmittedNumbers(chunk, scope));
    }
    numbers.sort(null);
    return List.copyOf(numbers);
  }

  private static @Nullable Long scopeOf(StaffPrincipal staff) {
    return staff.isHeadOffice() ? null : staff.branchId();
  }

  /** A branch to filter the queue by. */
  public record BranchChoice(Long id, LocalizedText name) {}
}
