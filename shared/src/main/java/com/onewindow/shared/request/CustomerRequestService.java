package com.onewindow.shared.request;

import com.onewindow.shared.security.CurrentUser;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Requests as a customer sees them: only those of their own company. */
@Service
@Transactional(readOnly = true)
public class CustomerRequestService {

  private final ConnectionRequests requests;

  CustomerRequestService(ConnectionRequests requests) {
    this.requests = requests;
  }

  /** One page of the caller's company's requests; nothing before the company is known. */
  @PreAuthorize("hasRole('CUSTOMER')")
  public Page<RequestSummary> myCompanyRequests(Pageable pageable) {
    return CurrentUser.requireCustomer()
        .companyId()
        .map(companyId -> requests.findSummariesOfCompany(companyId, pageable))
        .orElseGet(() -> Page.empty(pageable));
  }
}
