package com.onewindow.shared.crm;

import com.onewindow.shared.common.NotFoundException;
import com.onewindow.shared.security.CurrentUser;
import java.time.Clock;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The caller's own callback tasks: open ones first. */
@Service
@Transactional(readOnly = true)
public class CallbackTaskService {

  private final CallbackTasks tasks;
  private final Clock clock;

  CallbackTaskService(CallbackTasks tasks, Clock clock) {
    this.tasks = tasks;
    this.clock = clock;
  }

  @PreAuthorize(ClientService.STAFF)
  public Page<TaskRow> myTasks(Pageable pageable) {
    return tasks.findOfAssignee(CurrentUser.requireStaff().staffId(), pageable);
  }

  /** Marks the caller's own task done; another's task reads as not found. */
  @PreAuthorize(ClientService.STAFF)
  @Transactional
  public void complete(long taskId) {
    tasks
        .findByIdAndAssigneeId(taskId, CurrentUser.requireStaff().staffId())
        .orElseThrow(() -> new NotFoundException("task", taskId))
        .complete(clock.instant());
  }
}
