package com.onewindow.shared.request;

import static org.springframework.test.util.ReflectionTestUtils.setField;

import com.onewindow.shared.catalog.Industry;
import com.onewindow.shared.catalog.Product;
import com.onewindow.shared.catalog.ProductCategory;
import com.onewindow.shared.common.LocalizedText;
import com.onewindow.shared.common.Money;
import com.onewindow.shared.company.Address;
import com.onewindow.shared.company.Company;
import com.onewindow.shared.company.Inn;
import com.onewindow.shared.coverage.Branch;
import com.onewindow.shared.security.Actor;
import com.onewindow.shared.staff.Role;
import com.onewindow.shared.staff.StaffUser;
import com.onewindow.shared.staff.Unit;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;

/**
 * Test data for connection requests. Entities get their ids by reflection, as the database would
 * give them; a request reaches a given state only through its own public methods, driven by the
 * system actor, so every state the tests start from is one the aggregate can really be in.
 */
final class RequestFixtures {

  static final Instant NOW = Instant.parse("2026-03-02T07:00:00Z");
  static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
  static final ZoneId PERM = ZoneId.of("Asia/Yekaterinburg");
  static final long OWN_COMPANY_ID = 10L;
  static final long OTHER_COMPANY_ID = 20L;
  static final long REQUEST_ID = 42L;

  private static final Actor SYSTEM = Actor.system();

  private RequestFixtures() {}

  /** A situation a test starts from: a status, and for some statuses how the request got there. */
  enum Start {
    DRAFT(RequestStatus.DRAFT),
    SUBMITTED(RequestStatus.SUBMITTED),
    IN_REVIEW(RequestStatus.IN_REVIEW),
    SURVEY(RequestStatus.SURVEY),
    SCHEDULED(RequestStatus.SCHEDULED),
    SCHEDULED_AND_INSTALLED(RequestStatus.SCHEDULED),
    ON_HOLD_FROM_IN_REVIEW(RequestStatus.ON_HOLD),
    ON_HOLD_FROM_SURVEY(RequestStatus.ON_HOLD),
    ON_HOLD_FROM_SCHEDULED(RequestStatus.ON_HOLD),
    ACTIVATED(RequestStatus.ACTIVATED),
    CANCELLED(RequestStatus.CANCELLED),
    REJECTED(RequestStatus.REJECTED);

    final RequestStatus status;

    Start(RequestStatus status) {
      this.status = status;
    }
  }

  /** The kinds of people (and the system) who act on a request of the "own" company. */
  enum Who {
    TECHNICIAN,
    HEAD,
    INBOUND_AGENT,
    SERVICE_MANAGER,
    ADMIN,
    OWN_CUSTOMER,
    OTHER_CUSTOMER,
    SYSTEM;

    Actor actor() {
      return switch (this) {
        case TECHNICIAN -> Actor.staff(101, "Tatyana Technician", Set.of(Role.TECHNICIAN));
        case HEAD -> Actor.staff(102, "Herman Head", Set.of(Role.HEAD));
        case INBOUND_AGENT -> Actor.staff(103, "Inna Inbound", Set.of(Role.INBOUND_AGENT));
        case SERVICE_MANAGER -> Actor.staff(104, "Semyon Service", Set.of(Role.SERVICE_MANAGER));
        case ADMIN -> Actor.staff(105, "Anna Admin", Set.of(Role.ADMIN));
        case OWN_CUSTOMER -> Actor.customer(201, "Olga Own-Customer", OWN_COMPANY_ID);
        case OTHER_CUSTOMER -> Actor.customer(202, "Oleg Other-Customer", OTHER_COMPANY_ID);
        case SYSTEM -> Actor.system();
      };
    }
  }

  static Branch branch(ZoneId zone) {
    var city = new LocalizedText(zone.getId(), zone.getId());
    var branch = new Branch("B-" + zone.getId(), city, city, city, zone);
    setField(branch, "id", 1L);
    return branch;
  }

  static Company company(long id) {
    var inn = Inn.withCheckDigits("77%07d".formatted(id));
    var company =
        new Company(
            inn,
            null,
            "Company " + id,
            Industry.OFFICES,
            branch(MOSCOW),
            NOW.minus(Duration.ofDays(30)));
    setField(company, "id", id);
    return company;
  }

  static StaffUser technicianUser() {
    var user =
        new StaffUser(
            "tatyana",
            "{noop}secret",
            "Tatyana Technician",
            "tatyana@onewindow.test",
            Unit.TECHNICAL,
            branch(MOSCOW),
            Set.of(Role.TECHNICIAN));
    setField(user, "id", 101L);
    return user;
  }

  static RequestBuilder aRequest() {
    return new RequestBuilder();
  }

  /** Orders one internet access for a new site of the request's company. */
  static void addLine(ConnectionRequest request, Actor actor) {
    var company = request.getCompany();
    var site =
        company.addSite(
            "Office " + (company.getSites().size() + 1),
            new Address("Moscow", "Tverskaya", "1", null),
            request.getBranch());
    request.addLine(site, RequestLine.Ordered.product(internet(), null), actor);
  }

  private static Product internet() {
    var name = new LocalizedText("Интернет", "Internet");
    return new Product(
        "INET", ProductCategory.INTERNET, name, name, Money.of("2500"), Money.of("1000"), 1);
  }

  static final class RequestBuilder {

    private Company company = company(OWN_COMPANY_ID);
    private ZoneId zone = MOSCOW;
    private long id = REQUEST_ID;
    private boolean withLine = true;

    RequestBuilder of(Company company) {
      this.company = company;
      return this;
    }

    RequestBuilder inBranchZone(ZoneId zone) {
      this.zone = zone;
      return this;
    }

    RequestBuilder withId(long id) {
      this.id = id;
      return this;
    }

    RequestBuilder withoutLines() {
      this.withLine = false;
      return this;
    }

    ConnectionRequest draft() {
      var contact = new ContactPerson("Olga Own-Customer", "+7 495 000-00-00", "olga@client.test");
      var request =
          ConnectionRequest.draft(company, branch(zone), Channel.ONLINE, contact, SYSTEM, NOW);
      setField(request, "id", id);
      if (withLine) {
        addLine(request, SYSTEM);
      }
      return request;
    }

    ConnectionRequest in(Start start) {
      var request = draft();
      switch (start) {
        case DRAFT -> {}
        case SUBMITTED -> submit(request);
        case IN_REVIEW -> review(request);
        case SURVEY -> survey(request);
        case SCHEDULED -> schedule(request);
        case SCHEDULED_AND_INSTALLED -> install(request);
        case ON_HOLD_FROM_IN_REVIEW -> hold(review(request));
        case ON_HOLD_FROM_SURVEY -> hold(survey(request));
        case ON_HOLD_FROM_SCHEDULED -> hold(schedule(request));
        case ACTIVATED -> install(request).activate(SYSTEM, NOW);
        case CANCELLED -> submit(request).cancel("Changed our mind", SYSTEM, NOW);
        case REJECTED ->
            submit(request).reject(RejectReason.DUPLICATE, "Same as 2026-0000041", SYSTEM, NOW);
      }
      return request;
    }

    private static ConnectionRequest submit(ConnectionRequest request) {
      request.submit(SYSTEM, NOW);
      return request;
    }

    private static ConnectionRequest review(ConnectionRequest request) {
      submit(request).claim(SYSTEM, technicianUser(), NOW);
      return request;
    }

    private static ConnectionRequest survey(ConnectionRequest request) {
      review(request).startSurvey(SYSTEM, NOW);
      return request;
    }

    private static ConnectionRequest schedule(ConnectionRequest request) {
      review(request).schedule(LocalDate.of(2026, 3, 10), InstallWindow.MORNING, SYSTEM, NOW);
      return request;
    }

    private static ConnectionRequest install(ConnectionRequest request) {
      schedule(request).markInstalled(SYSTEM, NOW);
      return request;
    }

    private static void hold(ConnectionRequest request) {
      request.putOnHold("The signed contract", SYSTEM, NOW);
    }
  }
}
