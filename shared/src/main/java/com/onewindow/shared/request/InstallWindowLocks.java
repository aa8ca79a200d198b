package com.onewindow.shared.request;

import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface InstallWindowLocks extends JpaRepository<InstallWindowLock, Long> {

  boolean existsByBranchIdAndInstallDateAndInstallWindow(
      long branchId, LocalDate installDate, InstallWindow installWindow);

  /** SELECT ... FOR UPDATE: waits while another transaction holds the window, then holds it. */
  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query(
      """
      select l from InstallWindowLock l
      where l.branchId = :branchId and l.installDate = :date and l.installWindow = :window
      """)
  Optional<InstallWindowLock> lock(long branchId, LocalDate date, InstallWindow window);
}
