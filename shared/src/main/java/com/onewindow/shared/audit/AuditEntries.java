package com.onewindow.shared.audit;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface AuditEntries extends JpaRepository<AuditEntry, Long> {

  List<AuditEntry> findBySubjectTypeAndSubjectIdOrderByOccurredAtAscIdAsc(
      String subjectType, long subjectId);
}
