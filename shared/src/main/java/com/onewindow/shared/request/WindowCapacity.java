package com.onewindow.shared.request;

import com.onewindow.shared.common.BusinessRuleViolation;
import java.sql.Date;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps a branch's installation window within its crews ({@link InstallSlots}) when technicians
 * book at the same moment. Schedulers of one branch, date and window take turns on that window's
 * lock row; whoever holds it counts the visits already booked, as committed, and books or refuses.
 * No table lock: other windows, and everything else, go on meanwhile.
 *
 * <p>Everything happens on the booking transaction's own connection: taking a second one while
 * holding the first would, with the pool exhausted by concurrent schedulers, make each of them wait
 * for a connection none of them gives back.
 */
@Component
class WindowCapacity {

  /** How long to wait for a racer's freshly inserted lock row to become visible (H2 only). */
  private static final Duration RACER_COMMIT_WAIT = Duration.ofSeconds(20);

  private static final Duration RETRY_PAUSE = Duration.ofMillis(10);

  private final InstallWindowLocks locks;
  private final ConnectionRequests requests;
  private final InstallSlots slots;
  private final JdbcTemplate jdbc;
  private volatile @Nullable Boolean mysqlFamily;

  WindowCapacity(
      InstallWindowLocks locks,
      ConnectionRequests requests,
      InstallSlots slots,
      JdbcTemplate jdbc) {
    this.locks = locks;
    this.requests = requests;
    this.slots = slots;
    this.jdbc = jdbc;
  }

  /**
   * Holds the window until the caller's transaction ends, and refuses if it is full. Call it inside
   * the transaction that books the visit, before booking.
   */
  void holdFreeSlot(long branchId, LocalDate date, InstallWindow window) {
    lockWindow(branchId, date, window);
    if (requests.lockVisitsBooked(branchId, date, window).size() >= slots.slotsPerWindow()) {
      throw new BusinessRuleViolation(
          "request.error.windowFull",
          date,
          new DefaultMessageSourceResolvable("window." + window.name()));
    }
  }

  /**
   * Locks the window's row, creating it first if nobody booked into the window yet. The row is
   * created in the caller's transaction (it goes away with a rolled back booking, and comes back
   * with the next one), through plain JDBC on the same connection, so that a racer's duplicate
   * never marks the booking's JPA transaction rollback-only.
   */
  private void lockWindow(long branchId, LocalDate date, InstallWindow window) {
    // a plain read first: on MySQL and MariaDB a locking read of an absent row takes a gap lock,
    // and
    // two racers holding one each would deadlock on their inserts
    if (!locks.existsByBranchIdAndInstallDateAndInstallWindow(branchId, date, window)) {
      createOrLock(branchId, date, window);
    }
    long giveUpAt = System.nanoTime() + RACER_COMMIT_WAIT.toNanos();
    while (locks.lock(branchId, date, window).isEmpty()) {
      // H2 only: a racer inserted the row and has not committed yet, so it is invisible to us
      if (System.nanoTime() > giveUpAt) {
        throw new IllegalStateException(
            "The lock row of window " + window + " on " + date + " never became visible");
      }
      pause();
      createOrLock(branchId, date, window);
    }
  }

  /**
   * MySQL and MariaDB: an upsert, which inserts the row or waits for and takes the exclusive lock
   * of a racer's, with no shared lock to upgrade (an INSERT that fails on a duplicate takes a
   * shared one, and two racers upgrading theirs deadlock). H2: a plain insert, a racer's duplicate
   * ignored; a failed statement there rolls back only itself.
   */
  private void createOrLock(long branchId, LocalDate date, InstallWindow window) {
    Date day = Date.valueOf(date);
    if (isMysqlFamily()) {
      jdbc.update(
          "INSERT INTO install_window_lock (branch_id, install_date, install_window)"
              + " VALUES (?, ?, ?) ON DUPLICATE KEY UPDATE id = id",
          branchId,
          day,
          window.name());
      return;
    }
    try {
      jdbc.update(
          "INSERT INTO install_window_lock (branch_id, install_date, install_window)"
              + " VALUES (?, ?, ?)",
          branchId,
          day,
          window.name());
    } catch (DuplicateKeyException createdByAnother) {
      // the unique key (branch, date, window) says a racer has it: we lock it once it is visible
    }
  }

  private boolean isMysqlFamily() {
    Boolean known = mysqlFamily;
    if (known == null) {
      String product =
          jdbc.execute(
              (ConnectionCallback<String>)
                  connection -> connection.getMetaData().getDatabaseProductName());
      known = product != null && product.toLowerCase(Locale.ROOT).matches(".*(mysql|mariadb).*");
      mysqlFamily = known;
    }
    return known;
  }

  private static void pause() {
    try {
      Thread.sleep(RETRY_PAUSE);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while waiting for a window's lock row", e);
    }
  }
}
