package com.onewindow.shared.inventory;

import com.onewindow.shared.request.ConnectionRequests;
import com.onewindow.shared.request.RequestStatus;
import com.onewindow.shared.request.RequestStatusChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Activating a request (B5) puts each of its lines into the company's active services, in the
 * activating transaction: the request and the inventory never disagree. The start of cooperation
 * (R3) is recorded by the request itself.
 */
@Component
class ActivationCreatesServices {

  private final ConnectionRequests requests;
  private final ActiveServices services;

  ActivationCreatesServices(ConnectionRequests requests, ActiveServices services) {
    this.requests = requests;
    this.services = services;
  }

  @EventListener
  void on(RequestStatusChanged change) {
    if (change.to() != RequestStatus.ACTIVATED
        || change.requestId() == null
        || services.existsByRequestId(change.requestId())) {
      return;
    }
    requests
        .findById(change.requestId())
        .ifPresent(
            request ->
                request
                    .getLines()
                    .forEach(
                        line ->
                            services.save(
                                new ActiveService(
                                    request.getCompany(), request.getId(), line, change.at()))));
  }
}
