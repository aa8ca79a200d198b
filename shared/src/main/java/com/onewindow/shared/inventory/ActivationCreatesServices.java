package com.onewindow.shared.inventory;

import com.onewindow.shared.request.ConnectionRequests;
import com.onewindow.shared.request.RequestStatus;
import com.onewindow.shared.request.RequestStatusChanged;
import java.time.Instant;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Activating a request (B5) puts each of its lines into the company's active services, in the
 * activating transaction: the request and the inventory never disagree. The start of cooperation
 * (R3) is recorded by the request itself.
 */
@Component
public class ActivationCreatesServices {

  private final ConnectionRequests requests;
  private final ActiveServices services;

  ActivationCreatesServices(ConnectionRequests requests, ActiveServices services) {
    this.requests = requests;
    this.services = services;
  }

  @EventListener
  void on(RequestStatusChanged change) {
    if (change.to() == RequestStatus.ACTIVATED && change.requestId() != null) {
      record(change.requestId(), change.at());
    }
  }

  /**
   * Puts an activated request's lines into the inventory, once. Also for requests activated without
   * the event, such as the demo data's history.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public void record(long requestId, Instant activatedAt) {
    if (services.existsByRequestId(requestId)) {
      return;
    }
    requests
        .findById(requestId)
        .filter(request -> request.getStatus() == RequestStatus.ACTIVATED)
        .ifPresent(
            request ->
                request
                    .getLines()
                    .forEach(
                        line ->
                            services.save(
                                new ActiveService(
                                    request.getCompany(), request.getId(), line, activatedAt))));
  }
}
