package com.onewindow.shared.request;

import static com.onewindow.shared.request.RequestStatus.DRAFT;
import static com.onewindow.shared.request.RequestStatus.IN_REVIEW;
import static com.onewindow.shared.request.RequestStatus.ON_HOLD;
import static com.onewindow.shared.request.RequestStatus.SCHEDULED;
import static com.onewindow.shared.request.RequestStatus.SUBMITTED;
import static com.onewindow.shared.request.RequestStatus.SURVEY;

import com.onewindow.shared.security.Actor;
import com.onewindow.shared.staff.Role;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The lifecycle of PRODUCT.md section 5 as a table: for each action, the states it may start from
 * and the staff roles that may take it. Customers act on their own company's requests only, and may
 * submit and cancel (cancel only before the request is scheduled).
 */
final class RequestLifecycle {

  private static final Set<Role> SALES =
      EnumSet.of(
          Role.INBOUND_AGENT,
          Role.SALES_MANAGER,
          Role.KEY_ACCOUNT_MANAGER,
          Role.SERVICE_MANAGER,
          Role.HEAD);
  private static final Set<Role> TECHNICAL = EnumSet.of(Role.TECHNICIAN);
  private static final Set<RequestStatus> OPEN =
      EnumSet.of(SUBMITTED, IN_REVIEW, SURVEY, SCHEDULED, ON_HOLD);

  private record Rule(Set<RequestStatus> from, Set<Role> staffRoles, boolean customerMay) {}

  private static final Map<RequestAction, Rule> RULES =
      Map.ofEntries(
          Map.entry(RequestAction.ADD_LINE, new Rule(EnumSet.of(DRAFT), SALES, true)),
          Map.entry(RequestAction.SUBMIT, new Rule(EnumSet.of(DRAFT), SALES, true)),
          Map.entry(RequestAction.CLAIM, new Rule(EnumSet.of(SUBMITTED), TECHNICAL, false)),
          Map.entry(
              RequestAction.ASSIGN, new Rule(OPEN, EnumSet.of(Role.TECHNICIAN, Role.HEAD), false)),
          Map.entry(RequestAction.START_SURVEY, new Rule(EnumSet.of(IN_REVIEW), TECHNICAL, false)),
          Map.entry(RequestAction.RECORD_SURVEY, new Rule(EnumSet.of(SURVEY), TECHNICAL, false)),
          Map.entry(
              RequestAction.SCHEDULE, new Rule(EnumSet.of(IN_REVIEW, SURVEY), TECHNICAL, false)),
          Map.entry(
              RequestAction.MARK_INSTALLED, new Rule(EnumSet.of(SCHEDULED), TECHNICAL, false)),
          Map.entry(RequestAction.ACTIVATE, new Rule(EnumSet.of(SCHEDULED), TECHNICAL, false)),
          Map.entry(
              RequestAction.PUT_ON_HOLD,
              new Rule(EnumSet.of(IN_REVIEW, SURVEY, SCHEDULED), TECHNICAL, false)),
          Map.entry(RequestAction.RESUME, new Rule(EnumSet.of(ON_HOLD), TECHNICAL, false)),
          Map.entry(RequestAction.REJECT, new Rule(OPEN, TECHNICAL, false)),
          Map.entry(
              RequestAction.CANCEL,
              new Rule(
                  EnumSet.of(DRAFT, SUBMITTED, IN_REVIEW, SURVEY, SCHEDULED, ON_HOLD),
                  EnumSet.of(Role.TECHNICIAN, Role.HEAD),
                  true)));

  /** The states before scheduling, in which a customer may still cancel. */
  private static final Set<RequestStatus> CUSTOMER_MAY_CANCEL =
      EnumSet.of(DRAFT, SUBMITTED, IN_REVIEW, SURVEY);

  private RequestLifecycle() {}

  /** Whether the state allows the action at all, whoever asks. */
  static boolean allowsInState(RequestAction action, RequestStatus status) {
    return RULES.get(action).from().contains(status);
  }

  /**
   * Refuses the action unless the state allows it and the actor may take it. A customer of another
   * company is refused like anybody else without the right.
   */
  static void check(RequestAction action, ConnectionRequest request, Actor actor) {
    RequestStatus status = request.getStatus();
    if (!allowsInState(action, status)) {
      throw TransitionRefused.illegalIn(action, status);
    }
    if (!actorMay(action, request, actor)) {
      throw TransitionRefused.notPermitted(action, status);
    }
  }

  static boolean actorMay(RequestAction action, ConnectionRequest request, Actor actor) {
    Rule rule = RULES.get(action);
    return switch (actor.kind()) {
      case SYSTEM -> true;
      case STAFF -> actor.hasAnyRole(rule.staffRoles());
      case CUSTOMER ->
          rule.customerMay()
              && request.getCompany().getId().equals(actor.companyId())
              && (action != RequestAction.CANCEL || customerMayCancel(request));
    };
  }

  private static boolean customerMayCancel(ConnectionRequest request) {
    RequestStatus status = request.getStatus();
    RequestStatus effective = status == ON_HOLD ? request.heldFrom().orElse(status) : status;
    return CUSTOMER_MAY_CANCEL.contains(effective);
  }
}
