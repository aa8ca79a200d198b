package com.onewindow.shared.crm;

import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Callback tasks of the owners. */
interface CallbackTasks extends JpaRepository<CallbackTask, Long> {

  @Query(
      value =
          """
          select new com.onewindow.shared.crm.TaskRow(t.id, c.id, c.legalName, t.callerPhone,
            t.note, t.createdAt, s.fullName, t.status, b.timeZone)
          from CallbackTask t join t.company c join c.homeBranch b, StaffUser s
          where t.assignee.id = :assigneeId and s.id = t.createdById
          order by t.status desc, t.createdAt desc
          """,
      countQuery = "select count(t) from CallbackTask t where t.assignee.id = :assigneeId")
  Page<TaskRow> findOfAssignee(long assigneeId, Pageable pageable);

  Optional<CallbackTask> findByIdAndAssigneeId(Long id, Long assigneeId);

  @Query(
      """
      select t.assignee.id, count(t) from CallbackTask t
      where t.status = com.onewindow.shared.crm.CallbackTask.Status.OPEN
        and t.assignee.id in :managerIds
      group by t.assignee.id
      """)
  java.util.List<Object[]> countOpenByAssignee(java.util.Collection<Long> managerIds);
}
