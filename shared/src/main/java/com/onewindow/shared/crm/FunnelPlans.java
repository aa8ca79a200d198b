package com.onewindow.shared.crm;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** Managers' own plans. */
interface FunnelPlans extends JpaRepository<FunnelPlan, Long> {

  List<FunnelPlan> findByManagerIdOrderByEffectiveFromDescSetAtDesc(Long managerId);

  List<FunnelPlan> findByManagerIdIn(Collection<Long> managerIds);
}
