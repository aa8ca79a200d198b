package com.onewindow.shared.crm;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** Recorded corrections of activities. */
interface ActivityCorrections extends JpaRepository<ActivityCorrection, Long> {

  List<ActivityCorrection> findByActivityIdOrderByCorrectedAtDesc(Long activityId);
}
