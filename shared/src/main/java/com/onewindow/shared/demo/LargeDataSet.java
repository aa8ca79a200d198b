package com.onewindow.shared.demo;

import com.onewindow.shared.demo.LargeRequestRows.Row;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Adds up to millions of connection requests for performance work (the queue pages over millions of
 * rows, B1), with one line and one timeline event each, hung on the demo companies, sites and
 * staff. The domain would take hours for this; JDBC batches of multi-row inserts take minutes. Each
 * batch commits on its own, so a stopped run keeps what it made and the next run goes on.
 */
@Component
class LargeDataSet {

  static final int BATCH = 5_000;
  static final String BULK_NUMBERS = "____" + LargeRequestRows.NUMBER_MARK + "%";

  private static final Logger log = LoggerFactory.getLogger(LargeDataSet.class);
  private static final long SEED = 20110818L;

  private final JdbcTemplate jdbc;
  private final TransactionTemplate transactions;
  private final Clock clock;

  LargeDataSet(JdbcTemplate jdbc, TransactionTemplate transactions, Clock clock) {
    this.jdbc = jdbc;
    this.transactions = transactions;
    this.clock = clock;
  }

  /** Adds bulk requests until there are {@code wanted} of them; tells how many it added. */
  long ensure(long wanted) {
    long existing = countBulkRequests();
    if (existing >= wanted) {
      log.info("Large data set: {} bulk requests there already, {} wanted", existing, wanted);
      return 0;
    }
    var reference = LargeReference.load(jdbc);
    if (!reference.usable()) {
      log.warn("Large data set: skipped, the demo companies, staff or catalog are missing");
      return 0;
    }
    long toAdd = wanted - existing;
    log.info("Large data set: adding {} bulk requests to the {} there", toAdd, existing);
    Long maxId = jdbc.queryForObject("select max(id) from connection_request", Long.class);
    long firstId = (maxId == null ? 0 : maxId) + 1;
    var rows =
        new LargeRequestRows(
            reference, clock.instant().truncatedTo(ChronoUnit.SECONDS), SEED + existing);
    long started = System.nanoTime();
    long nextReport = 100_000;
    for (long done = 0; done < toAdd; ) {
      int size = (int) Math.min(BATCH, toAdd - done);
      var batch = rows.next(size, firstId + done, existing + done + 1);
      transactions.executeWithoutResult(status -> insert(batch));
      done += size;
      if (done >= nextReport || done == toAdd) {
        log.info(
            "Large data set: {} of {} requests, {} requests/s", done, toAdd, rate(done, started));
        nextReport += 100_000;
      }
    }
    log.info(
        "Large data set: {} requests with their lines and events in {} s ({} requests/s)",
        toAdd,
        "%.1f".formatted((System.nanoTime() - started) / 1e9),
        rate(toAdd, started));
    return toAdd;
  }

  long countBulkRequests() {
    Long count =
        jdbc.queryForObject(
            "select count(*) from connection_request where number like ?",
            Long.class,
            BULK_NUMBERS);
    return count == null ? 0 : count;
  }

  private void insert(List<Row> batch) {
    LargeTables.REQUESTS.insert(jdbc, batch);
    LargeTables.LINES.insert(jdbc, batch);
    LargeTables.EVENTS.insert(jdbc, batch);
  }

  private static long rate(long rows, long startedNanos) {
    long nanos = Math.max(1, System.nanoTime() - startedNanos);
    return rows * 1_000_000_000L / nanos;
  }
}
