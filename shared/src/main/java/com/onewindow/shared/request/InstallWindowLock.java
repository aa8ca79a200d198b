package com.onewindow.shared.request;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.LocalDate;

/**
 * The row schedulers of one branch, date and window lock in turn (see {@link WindowCapacity}). It
 * carries no count, so nothing can drift: the booked visits are counted under the lock.
 */
@Entity
class InstallWindowLock {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private long branchId;
  private LocalDate installDate;

  @Enumerated(EnumType.STRING)
  private InstallWindow installWindow;

  protected InstallWindowLock() {}

  InstallWindowLock(long branchId, LocalDate installDate, InstallWindow installWindow) {
    this.branchId = branchId;
    this.installDate = installDate;
    this.installWindow = installWindow;
  }
}
