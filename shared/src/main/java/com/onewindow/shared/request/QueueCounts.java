package com.onewindow.shared.request;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
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
  // the loads under way: whoever asks the same while one runs waits for it instead of counting too
  private final Map<Key, CompletableFuture<Map<RequestStatus, Long>>> loading =
      new ConcurrentHashMap<>();

  /**
   * The counts for this scope and filter: from the cache while fresh, else loaded once however many
   * callers ask meanwhile (after the TTL every open head-office screen asks the same slow count at
   * about once, and running it for each would drain the connection pool).
   */
  Map<RequestStatus, Long> get(
      @Nullable Long scope, long me, QueueFilter filter, Supplier<Map<RequestStatus, Long>> load) {
    // the status choice does not change the per-status counts, and "mine" only matters when set
    var key = new Key(scope, filter.mine() ? me : 0, filter.withStatuses(java.util.Set.of()));
    var fresh = fresh(key);
    if (fresh != null) {
      return fresh;
    }
    var mine = new CompletableFuture<Map<RequestStatus, Long>>();
    var running = loading.putIfAbsent(key, mine);
    if (running != null) {
      return awaitOther(running);
    }
    try {
      // another caller may have finished loading between our look and our claim
      var counts = fresh(key);
      if (counts == null) {
        long startedAt = System.nanoTime();
        counts = Map.copyOf(load.get());
        if (cache.size() > MAX_ENTRIES) {
          cache.clear();
        }
        cache.put(key, new Entry(startedAt, counts));
      }
      mine.complete(counts);
      return counts;
    } catch (RuntimeException | Error failed) {
      // those waiting hear of the failure too; the next ask loads afresh
      mine.completeExceptionally(failed);
      throw failed;
    } finally {
      loading.remove(key, mine);
    }
  }

  private @Nullable Map<RequestStatus, Long> fresh(Key key) {
    Entry entry = cache.get(key);
    return entry != null && System.nanoTime() - entry.at() < TTL.toNanos() ? entry.counts() : null;
  }

  private static Map<RequestStatus, Long> awaitOther(
      CompletableFuture<Map<RequestStatus, Long>> running) {
    try {
      return running.join();
    } catch (CompletionException | CancellationException e) {
      if (e.getCause() instanceof RuntimeException failed) {
        throw failed;
      }
      if (e.getCause() instanceof Error failed) {
        throw failed;
      }
      throw e;
    }
  }

  /** Forgets every count, e.g. when a test needs exact figures at once. */
  void clear() {
    cache.clear();
  }
}
