package com.onewindow.shared.request;

import com.onewindow.shared.common.NotFoundException;
import com.onewindow.shared.security.CurrentUser;
import com.onewindow.shared.security.CustomerPrincipal;
import java.time.Clock;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Requests as a customer sees them: only those of their own company. */
@Service
@Transactional(readOnly = true)
public class CustomerRequestService {

  private static final Sort NEWEST_FIRST = Sort.by(Sort.Direction.DESC, "createdAt");

  private final ConnectionRequests requests;
  private final Clock clock;

  CustomerRequestService(ConnectionRequests requests, Clock clock) {
    this.requests = requests;
    this.clock = clock;
  }

  /** One page of the caller's company's requests, newest first unless sorted otherwise. */
  @PreAuthorize("hasRole('CUSTOMER')")
  public Page<RequestSummary> myCompanyRequests(Pageable pageable) {
    Pageable sorted =
        pageable.getSort().isSorted()
            ? pageable
            : PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), NEWEST_FIRST);
    return CurrentUser.requireCustomer()
        .companyId()
        .map(companyId -> requests.findSummariesOfCompany(companyId, sorted))
        .orElseGet(() -> Page.empty(pageable));
  }

  /** The same page as rows with each request's branch zone, for the customer's list. */
  @PreAuthorize("hasRole('CUSTOMER')")
  public Page<MyRequestRow> myCompanyRequestRows(Pageable pageable) {
    return CurrentUser.requireCustomer()
        .companyId()
        .map(companyId -> requests.findRowsOfCompany(companyId, newestFirstUnlessSorted(pageable)))
        .orElseGet(() -> Page.empty(pageable));
  }

  private static Pageable newestFirstUnlessSorted(Pageable pageable) {
    return pageable.getSort().isSorted()
        ? pageable
        : PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), NEWEST_FIRST);
  }

  /** One request of the caller's company; any other id is "not found". */
  @PreAuthorize("hasRole('CUSTOMER')")
  public CustomerRequestDetail myRequest(long id) {
    var customer = CurrentUser.requireCustomer();
    var request = ownRequest(id, customer);
    return detail(request, request.allows(RequestAction.CANCEL, customer.asActor()));
  }

  /**
   * The order of the caller's company with this number, split into one request per branch that
   * serves its sites, each with its timeline; any other number is "not found".
   */
  @PreAuthorize("hasRole('CUSTOMER')")
  public CustomerOrderDetail myOrder(String number) {
    var customer = CurrentUser.requireCustomer();
    var parts =
        customer
            .companyId()
            .map(
                companyId ->
                    requests.findOrderParts(number).stream()
                        .filter(r -> r.getCompany().getId().equals(companyId))
                        .toList())
            .orElse(List.of());
    if (parts.isEmpty()) {
      throw new NotFoundException("order", number);
    }
    var overview = OrderOverview.of(number, parts, r -> true);
    return new CustomerOrderDetail(
        number,
        parts.stream()
            .map(
                r ->
                    CustomerRequestDetail.of(
                        r, r.allows(RequestAction.CANCEL, customer.asActor()), overview))
            .toList());
  }

  /** Writes to the staff handling the request; they see it on its timeline. */
  @PreAuthorize("hasRole('CUSTOMER')")
  @Transactional
  public CustomerRequestDetail writeMessage(long id, String text) {
    var customer = CurrentUser.requireCustomer();
    var request = ownRequest(id, customer);
    request.writeAsCustomer(text, customer.asActor(), clock.instant());
    requests.save(request);
    return detail(request, request.allows(RequestAction.CANCEL, customer.asActor()));
  }

  /** Cancels the request with a reason, while it is not yet scheduled. */
  @PreAuthorize("hasRole('CUSTOMER')")
  @Transactional
  public CustomerRequestDetail cancel(long id, String reason) {
    var customer = CurrentUser.requireCustomer();
    var request = ownRequest(id, customer);
    request.cancel(reason, customer.asActor(), clock.instant());
    requests.save(request);
    return detail(request, false);
  }

  private CustomerRequestDetail detail(ConnectionRequest request, boolean cancellable) {
    // every part of an order is the same company's: the customer may open them all
    return CustomerRequestDetail.of(
        request, cancellable, OrderOverview.of(request, requests, r -> true));
  }

  private ConnectionRequest ownRequest(long id, CustomerPrincipal customer) {
    return customer
        .companyId()
        .flatMap(companyId -> requests.findByIdAndCompanyId(id, companyId))
        .orElseThrow(() -> new NotFoundException("request", id));
  }
}
