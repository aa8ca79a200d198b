package com.onewindow.shared.crm;

import com.onewindow.shared.common.BusinessRuleViolation;
import com.onewindow.shared.common.NotFoundException;
import com.onewindow.shared.company.Companies;
import com.onewindow.shared.security.CurrentUser;
import com.onewindow.shared.staff.StaffUsers;
import java.time.Clock;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The inbound desk (C3): an agent logs a call to the central number, finds or enters the client
 * (through {@link ClientService}), then either enters a request on its behalf, attributed to the
 * inbound channel and routed to the branch that serves the address, or hands the call to the
 * client's owner as a callback task.
 */
@Service
@Transactional
public class InboundDeskService {

  private static final String AGENT = "hasRole('INBOUND_AGENT')";

  private final InboundCalls calls;
  private final CallbackTasks tasks;
  private final Companies companies;
  private final Ownerships ownerships;
  private final StaffUsers staffUsers;
  private final RequestEntry entry;
  private final Clock clock;

  InboundDeskService(
      InboundCalls calls,
      CallbackTasks tasks,
      Companies companies,
      Ownerships ownerships,
      StaffUsers staffUsers,
      RequestEntry entry,
      Clock clock) {
    this.calls = calls;
    this.tasks = tasks;
    this.companies = companies;
    this.ownerships = ownerships;
    this.staffUsers = staffUsers;
    this.entry = entry;
    this.clock = clock;
  }

  /** Logs a call as it comes in: the caller's number and what they want. */
  @PreAuthorize(AGENT)
  public CallLogged logCall(String callerPhone, String reason) {
    var agent = staffUsers.findById(CurrentUser.requireStaff().staffId()).orElseThrow();
    var call = calls.save(new InboundCall(agent, callerPhone, clock.instant(), reason));
    return new CallLogged(call.getId(), call.getCallerPhone(), call.getReceivedAt());
  }

  /** Enters and submits a request for the caller's company; returns its number. */
  @PreAuthorize(AGENT)
  public String createRequest(long callId, OnBehalfRequest form) {
    var call = myCall(callId);
    var staff = CurrentUser.requireStaff();
    var request = entry.enter(form, Attribution.inboundDesk(call.getAgent()), staff.asActor());
    call.endWithRequest(request.getCompany(), request.getId());
    return request.number().orElseThrow();
  }

  /** Hands the call to the client's current owner, who finds it in their task list. */
  @PreAuthorize(AGENT)
  public long handToOwner(long callId, long companyId, String note) {
    var call = myCall(callId);
    var company =
        companies.findById(companyId).orElseThrow(() -> new NotFoundException("client", companyId));
    var owner =
        ownerships
            .findCurrent(companyId)
            .orElseThrow(() -> new BusinessRuleViolation("crm.error.noOwner"));
    String text = note.isBlank() ? call.getReason() : note.strip();
    var task =
        tasks.save(
            new CallbackTask(
                company,
                owner.getManager(),
                call.getId(),
                call.getAgent().getId(),
                clock.instant(),
                call.getCallerPhone(),
                text));
    call.handOver(company);
    return task.getId();
  }

  private InboundCall myCall(long callId) {
    return calls
        .findByIdAndAgentId(callId, CurrentUser.requireStaff().staffId())
        .orElseThrow(() -> new NotFoundException("call", callId));
  }
}
