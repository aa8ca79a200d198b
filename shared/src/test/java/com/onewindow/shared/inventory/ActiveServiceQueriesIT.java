package com.onewindow.shared.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import com.onewindow.shared.SharedTestApplication;
import com.onewindow.shared.request.Channel;
import com.onewindow.shared.request.InstallWindow;
import com.onewindow.shared.request.RequestDetailService;
import com.onewindow.shared.request.RequestWorkflowService;
import com.onewindow.shared.testing.SignedIn;
import com.onewindow.shared.testing.TestDatabase;
import com.onewindow.shared.testing.TestRequests;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

/** A company's active services (B5) as the portal's My company reads them: each its own. */
@SpringBootTest(classes = SharedTestApplication.class)
@TestDatabase
class ActiveServiceQueriesIT {

  @Autowired ActiveServiceQueries services;
  @Autowired RequestWorkflowService workflow;
  @Autowired RequestDetailService details;
  @Autowired JdbcTemplate jdbc;
  @Autowired ApplicationContext context;

  @Autowired
  @Qualifier("staffUserDetailsService")
  UserDetailsService staffUsers;

  @Autowired
  @Qualifier("customerUserDetailsService")
  UserDetailsService customerUsers;

  /** The requests made here queue status mails; the shared context's other tests count mails. */
  @AfterEach
  void emptyTheOutbox() {
    jdbc.update("delete from outbox_message");
  }

  @Test
  void every_activated_request_of_the_demo_history_has_its_services_and_no_other_does() {
    Integer activatedWithout =
        jdbc.queryForObject(
            "select count(*) from connection_request r where r.status = 'ACTIVATED'"
                + " and not exists (select 1 from active_service s where s.request_id = r.id)",
            Integer.class);
    Integer servicesOfOpenRequests =
        jdbc.queryForObject(
            "select count(*) from active_service s join connection_request r"
                + " on r.id = s.request_id where r.status <> 'ACTIVATED'",
            Integer.class);

    assertThat(activatedWithout).isZero();
    assertThat(servicesOfOpenRequests).isZero();
  }

  @Test
  void a_customer_sees_the_services_activated_for_their_company_and_none_of_another()
      throws Exception {
    long volgaHotel =
        jdbc.queryForObject(
            "select company_id from customer_user where email = ?",
            Long.class,
            "olga@volga-hotel.example");
    var requests = new TestRequests(context);
    var own = requests.submittedFor(volgaHotel, Channel.ONLINE);
    var other = requests.submitted("SAR", Channel.ONLINE);
    activate(own);
    activate(other);

    List<ActiveServiceView> seen =
        new SignedIn(customerUsers).as("olga@volga-hotel.example", services::ofMyCompany);

    assertThat(seen).extracting(ActiveServiceView::requestId).contains(own.id());
    assertThat(seen).extracting(ActiveServiceView::requestId).doesNotContain(other.id());
  }

  @Test
  @WithUserDetails(
      value = "olga@volga-hotel.example",
      userDetailsServiceBeanName = "customerUserDetailsService")
  void a_customer_cannot_ask_for_a_company_by_id() {
    assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> services.ofCompany(1L));
  }

  @Test
  @WithUserDetails(value = "tech.saratov", userDetailsServiceBeanName = "staffUserDetailsService")
  void staff_cannot_use_the_customers_method() {
    assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> services.ofMyCompany());
  }

  private void activate(TestRequests.Made made) throws Exception {
    new SignedIn(staffUsers)
        .run(
            "tech.hq",
            () -> {
              workflow.claim(made.id(), details.details(made.id()).version());
              workflow.schedule(
                  made.id(),
                  details.details(made.id()).version(),
                  LocalDate.now().plusDays(90),
                  InstallWindow.MORNING);
              workflow.markInstalled(made.id(), details.details(made.id()).version());
              workflow.activate(made.id(), details.details(made.id()).version());
            });
  }
}
