package com.onewindow.shared.crm;

import com.onewindow.shared.common.BusinessRuleViolation;
import com.onewindow.shared.company.Company;
import com.onewindow.shared.staff.StaffUser;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A call handed to the client's owner, who calls the client back and marks it done. */
@Entity
@Table(name = "crm_callback_task")
public class CallbackTask {

  public static final int NOTE_MAX = 1000;

  /** Open until the owner has called back. */
  public enum Status {
    OPEN,
    DONE
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "company_id")
  private Company company;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "assignee_id")
  private StaffUser assignee;

  private @Nullable Long callId;
  private Long createdById;
  private Instant createdAt;
  private String callerPhone;
  private String note;

  @Enumerated(EnumType.STRING)
  private Status status = Status.OPEN;

  private @Nullable Instant doneAt;

  @Version private long version;

  protected CallbackTask() {}

  CallbackTask(
      Company company,
      StaffUser assignee,
      @Nullable Long callId,
      Long createdById,
      Instant createdAt,
      String callerPhone,
      String note) {
    this.company = company;
    this.assignee = assignee;
    this.callId = callId;
    this.createdById = createdById;
    this.createdAt = createdAt;
    this.callerPhone = callerPhone;
    this.note = note;
  }

  void complete(Instant at) {
    if (status == Status.DONE) {
      throw new BusinessRuleViolation("crm.error.taskDone");
    }
    this.status = Status.DONE;
    this.doneAt = at;
  }

  Long getId() {
    return id;
  }
}
