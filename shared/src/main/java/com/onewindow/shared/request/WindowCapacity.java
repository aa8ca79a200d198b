package com.onewindow.shared.request;

import com.onewindow.shared.common.BusinessRuleViolation;
import java.time.LocalDate;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps a branch's installation window within its crews ({@link InstallSlots}) when technicians
 * book at the same moment. Schedulers of one branch, date and window take turns on that window's
 * lock row; whoever holds it counts the visits already booked, as committed, and books or refuses.
 * No table lock: other windows, and everything else, go on meanwhile.
 */
@Component
class WindowCapacity {

  private final InstallWindowLocks locks;
  private final ConnectionRequests requests;
  private final InstallSlots slots;
  private final TransactionTemplate ownTransaction;

  WindowCapacity(
      InstallWindowLocks locks,
      ConnectionRequests requests,
      InstallSlots slots,
      PlatformTransactionManager transactionManager) {
    this.locks = locks;
    this.requests = requests;
    this.slots = slots;
    this.ownTransaction = new TransactionTemplate(transactionManager);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /**
   * Holds the window until the caller's transaction ends, and refuses if it is full. Call it inside
   * the transaction that books the visit, before booking.
   */
  void holdFreeSlot(long branchId, LocalDate date, InstallWindow window) {
    ensureLockRow(branchId, date, window);
    locks.lock(branchId, date, window).orElseThrow();
    if (requests.lockVisitsBooked(branchId, date, window).size() >= slots.slotsPerWindow()) {
      throw new BusinessRuleViolation(
          "request.error.windowFull",
          date,
          new DefaultMessageSourceResolvable("window." + window.name()));
    }
  }

  /**
   * Creates the window's lock row in a transaction of its own, committed at once, so that it never
   * waits on (or deadlocks with) the booking transactions that lock it; a racer creating the same
   * row first is fine.
   */
  private void ensureLockRow(long branchId, LocalDate date, InstallWindow window) {
    try {
      ownTransaction.executeWithoutResult(
          tx -> {
            if (!locks.existsByBranchIdAndInstallDateAndInstallWindow(branchId, date, window)) {
              locks.saveAndFlush(new InstallWindowLock(branchId, date, window));
            }
          });
    } catch (DataIntegrityViolationException createdByAnother) {
      // the unique key (branch, date, window) says the row exists now: that is all we need
    }
  }
}
