package com.onewindow.shared.crm;

import com.onewindow.shared.security.CurrentUser;
import com.onewindow.shared.staff.StaffUsers;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A manager enters a request for one of their clients: it counts for their unit's channel, found
 * and carried by them (C2).
 */
@Service
@Transactional
public class ClientRequestService {

  private final ClientService clients;
  private final StaffUsers staffUsers;
  private final RequestEntry entry;

  ClientRequestService(ClientService clients, StaffUsers staffUsers, RequestEntry entry) {
    this.clients = clients;
    this.staffUsers = staffUsers;
    this.entry = entry;
  }

  /** Enters and submits the request; returns its number. */
  @PreAuthorize("hasAnyRole('SALES_MANAGER','KEY_ACCOUNT_MANAGER','SERVICE_MANAGER')")
  public String createForClient(OnBehalfRequest form) {
    var staff = CurrentUser.requireStaff();
    clients.requireInScope(form.companyId());
    var me = staffUsers.findById(staff.staffId()).orElseThrow();
    return entry.enter(form, Attribution.ownEntry(me), staff.asActor()).number().orElseThrow();
  }
}
