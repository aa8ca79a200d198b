package com.onewindow.shared.crm;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** The calls of the central number. */
interface InboundCalls extends JpaRepository<InboundCall, Long> {

  Optional<InboundCall> findByIdAndAgentId(Long id, Long agentId);
}
