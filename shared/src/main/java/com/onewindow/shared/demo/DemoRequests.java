package com.onewindow.shared.demo;

import com.onewindow.shared.company.Company;
import com.onewindow.shared.request.Channel;
import com.onewindow.shared.request.ConnectionRequest;
import com.onewindow.shared.request.ConnectionRequests;
import com.onewindow.shared.request.ContactPerson;
import com.onewindow.shared.request.OrderPart;
import com.onewindow.shared.request.RequestStatus;
import com.onewindow.shared.security.Actor;
import com.onewindow.shared.staff.Role;
import com.onewindow.shared.staff.StaffUser;
import com.onewindow.shared.staff.Unit;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Random;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Makes the demo's connection requests from their plans, oldest first, each created by the person
 * its channel says (a customer or the web form online, an inbound agent, a sales, key-account or
 * service manager) and attributed to them (R1, C2).
 *
 * <p>A request is saved once, as a draft, so that it has the id its number is made of. The later
 * steps are flushed with the transaction without another save, so the status-change events the
 * aggregate registers are not published: demo data sends no mail.
 */
@Component
class DemoRequests {

  private final ConnectionRequests requests;

  DemoRequests(ConnectionRequests requests) {
    this.requests = requests;
  }

  int create(DemoWorld world) {
    int made = 0;
    for (RequestPlan plan : DemoRequestPlans.all(world)) {
      made += make(world, plan);
    }
    return made;
  }

  /** Makes the plan's request, or one per branch where its sites span branches; tells how many. */
  private int make(DemoWorld world, RequestPlan plan) {
    Channel channel = plan.channel();
    Company company = plan.company();
    if (company == null) {
      company = chooseCompany(world, channel, plan.createdAt());
      if (channel == Channel.SERVICE && !isClientBy(company, plan.createdAt())) {
        channel = Channel.DIRECT; // nobody was a client yet: a service request makes no sense
      }
    }
    var lines =
        plan.lines().isEmpty()
            ? DemoLines.choose(world, company, channel)
            : DemoLines.of(world, company, plan.lines());
    var clock = new PlanClock(plan.createdAt(), world.now);
    StaffUser seller = seller(world, channel, company, plan.creator());
    Actor creator = creator(world, channel, company, seller);
    String comment =
        plan.comment() != null || !world.chance(0.3)
            ? plan.comment()
            : world.pick(DemoTexts.COMMENTS);
    var contact = contact(world, company);
    var desiredDate =
        clock
            .time()
            .atZone(company.getHomeBranch().zone())
            .toLocalDate()
            .plusDays(world.between(7, 30));
    // A federal client's order may span cities: like an online order, each branch that serves a
    // site gets a request of its own, with its sites' lines, and they form one order.
    var linesByBranch = new LinkedHashMap<Long, List<DemoLines.Line>>();
    lines.forEach(
        line ->
            linesByBranch
                .computeIfAbsent(line.site().getBranch().getId(), b -> new ArrayList<>())
                .add(line));
    var parts = new ArrayList<ConnectionRequest>();
    for (var branchLines : linesByBranch.values()) {
      var request =
          ConnectionRequest.draft(
                  company,
                  branchLines.getFirst().site().getBranch(),
                  channel,
                  contact,
                  creator,
                  clock.time())
              .wanting(desiredDate, comment)
              .attributedTo(channel == Channel.SERVICE ? null : seller, seller);
      branchLines.forEach(line -> request.addLine(line.site(), line.ordered(), creator));
      requests.save(request);
      parts.add(request);
    }
    if (plan.target() == RequestStatus.DRAFT) {
      return parts.size();
    }
    var first = parts.getFirst();
    Instant submittedAt = clock.after(world, 3, 40);
    parts.forEach(part -> part.submit(creator, submittedAt));
    if (parts.size() > 1) {
      String orderNumber = first.number().orElseThrow();
      for (int i = 0; i < parts.size(); i++) {
        parts.get(i).joinOrder(new OrderPart(orderNumber, i + 1, parts.size()));
      }
    }
    new DemoLifecycle(world, first, clock, technician(world, first), creator)
        .surveyingAsIf(lines.stream().map(DemoLines.Line::site).toList())
        .driveTo(plan.target());
    for (var part : parts.subList(1, parts.size())) {
      // The other branches draw from a source of their own: the rest of the demo stays the same.
      var own = world.drawingFrom(new Random(part.getId()));
      new DemoLifecycle(
              own, part, new PlanClock(submittedAt, world.now), technician(own, part), creator)
          .driveTo(plan.target());
    }
    return parts.size();
  }

  private static Company chooseCompany(DemoWorld world, Channel channel, Instant at) {
    List<Company> federal = world.requestable().stream().filter(Company::isFederal).toList();
    List<Company> others = world.requestable().stream().filter(c -> !c.isFederal()).toList();
    return switch (channel) {
      case KEY_ACCOUNT -> world.pick(federal);
      case SERVICE ->
          pickOr(world, others.stream().filter(c -> isClientBy(c, at)).toList(), others);
      case DIRECT ->
          pickOr(world, others.stream().filter(c -> !isClientBy(c, at)).toList(), others);
      case INBOUND, ONLINE -> world.pick(others);
    };
  }

  private static Company pickOr(DemoWorld world, List<Company> preferred, List<Company> all) {
    return world.pick(preferred.isEmpty() ? all : preferred);
  }

  private static boolean isClientBy(Company company, Instant at) {
    return company.cooperationStartedAt().map(start -> start.isBefore(at)).orElse(false);
  }

  /** Who found and carries the deal; for the online channel, the online unit. */
  private static StaffUser seller(
      DemoWorld world, Channel channel, Company company, @Nullable String username) {
    if (username != null) {
      return world.staff(username);
    }
    String home = company.getHomeBranch().getCode();
    return switch (channel) {
      case DIRECT -> DemoStaff.of(world, Unit.DIRECT, home, Role.SALES_MANAGER);
      case INBOUND -> world.staff(world.chance(0.7) ? "inbound.perm" : "inbound.perm2");
      case KEY_ACCOUNT -> world.staff("kam.moscow");
      case ONLINE -> world.staff("online.hq");
      case SERVICE -> DemoStaff.of(world, Unit.SERVICE, home, Role.SERVICE_MANAGER);
    };
  }

  /** Online requests come from the company's portal user or, without one, the web form. */
  private static Actor creator(
      DemoWorld world, Channel channel, Company company, StaffUser seller) {
    if (channel != Channel.ONLINE) {
      return DemoWorld.actor(seller);
    }
    return world.customerOf(company).map(DemoWorld::actor).orElseGet(Actor::system);
  }

  private static ContactPerson contact(DemoWorld world, Company company) {
    var contact = world.pick(company.getContacts());
    return new ContactPerson(
        contact.getFullName(),
        java.util.Objects.requireNonNull(contact.getPhone()),
        java.util.Objects.requireNonNull(contact.getEmail()));
  }

  /** A technician of the request's branch; now and then the head office steps in. */
  private static StaffUser technician(DemoWorld world, ConnectionRequest request) {
    if (world.chance(0.1)) {
      return world.staff("tech.hq");
    }
    return DemoStaff.of(world, Unit.TECHNICAL, request.getBranch().getCode(), Role.TECHNICIAN);
  }
}
