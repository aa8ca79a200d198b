package com.onewindow.shared.request;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Counts per status, kept for a few seconds per scope and filter.
 *
 * <p>Why a short cache and not an exact count per fetch: a grouped count over a branch's or the
 * whole country's million requests costs far more than a page (the page stops after 50 index
 * entries, the count reads them all), and a queue re-asks it on every filter change, every live
 * update and for every open screen. The grid itself needs no count at all (it pages with an
 * undefined size and learns the end when a page comes back short), so the only count left is this
 * summary, where a figure up to {@link #TTL} old is honest enough: it is labelled as a summary and
 * the rows themselves are always fresh. Expiry uses the JVM's monotonic time, not the domain clock.
 */
@Component
class QueueCounts {

  static final Duration TTL = Duration.ofSeconds(10);
  private static final int MAX_ENTRIES = 2_000;

  private record Key(@Nullable Long scope, long me, QueueFilter filter) {}

  private record Entry(long at, Map<RequestStatus, Long> counts) {}

  private final Map<Key, Entry> cache = new ConcurrentHashMap<>();

  Map<RequestStatus, Long> get(
      @Nullable Long scope, long me, QueueFilter filter, Supplier<Map<RequestStatus, Long>> load) {
    // the status choice does not change the per-status counts, and "mine" only matters when set
    var key = new Key(scope, filter.mine() ? me : 0, filter.withStatuses(java.util.Set.of()));
    long now = System.nanoTime();
    Entry entry = cache.get(key);
    if (entry != null && now - entry.at() < TTL.toNanos()) {
      return entry.counts();
    }
    if (cache.size() > MAX_ENTRIES) {
      cache.clear();
    }
    var counts = Map.copyOf(load.get());
    cache.put(key, new Entry(now, counts));
    return counts;
  }

  /** Forgets every count, e.g. when a test needs exact figures at once. */
  void clear() {
    cache.clear();
  }
}
