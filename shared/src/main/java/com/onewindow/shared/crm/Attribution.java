package com.onewindow.shared.crm;

import com.onewindow.shared.common.BusinessRuleViolation;
import com.onewindow.shared.request.Channel;
import com.onewindow.shared.request.ConnectionRequest;
import com.onewindow.shared.staff.StaffUser;
import com.onewindow.shared.staff.Unit;
import org.jspecify.annotations.Nullable;

/**
 * How a request or a contract is attributed by the way it came in (R1, C2): from the portal it is
 * the online channel's; from the inbound desk the inbound channel's, found and carried by the
 * agent; from a manager's own entry the channel of the manager's unit, found and carried by them.
 */
public record Attribution(
    Channel channel, @Nullable StaffUser foundBy, @Nullable StaffUser carriedBy) {

  /** A customer applied on the web site by themselves. */
  public static Attribution portal() {
    return new Attribution(Channel.ONLINE, null, null);
  }

  /** A call to the central number, taken by an inbound agent. */
  public static Attribution inboundDesk(StaffUser agent) {
    return new Attribution(Channel.INBOUND, agent, agent);
  }

  /** A manager entered the request themselves. */
  public static Attribution ownEntry(StaffUser manager) {
    return new Attribution(channelOf(manager.getUnit()), manager, manager);
  }

  /**
   * A contract its manager logs (R1, C2): an inbound agent's is the inbound channel's, found and
   * carried by the agent, as at the inbound desk; anyone else's is their unit's channel, found and
   * carried by them. Technical staff sell nothing and are refused.
   */
  public static Attribution enteredBy(StaffUser manager) {
    return manager.getUnit() == Unit.INBOUND ? inboundDesk(manager) : ownEntry(manager);
  }

  /** The sales channel a unit works; technical staff sell nothing. */
  public static Channel channelOf(Unit unit) {
    return switch (unit) {
      case DIRECT -> Channel.DIRECT;
      case INBOUND -> Channel.INBOUND;
      case KEY_ACCOUNT -> Channel.KEY_ACCOUNT;
      case ONLINE -> Channel.ONLINE;
      case SERVICE -> Channel.SERVICE;
      case TECHNICAL -> throw new BusinessRuleViolation("crm.error.noSalesChannel");
    };
  }

  public ConnectionRequest applyTo(ConnectionRequest request) {
    return request.attributedTo(foundBy, carriedBy);
  }
}
