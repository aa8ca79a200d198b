package com.onewindow.shared.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.onewindow.shared.SharedTestApplication;
import com.onewindow.shared.testing.TestDatabase;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.test.context.support.WithUserDetails;

/** Who sees which requests: the scope lives in the queries, whatever the UI asks for. */
@SpringBootTest(classes = SharedTestApplication.class)
@TestDatabase
class RequestScopeIT {

  private static final PageRequest ALL = PageRequest.of(0, 10_000);

  @Autowired StaffRequestService staffRequests;
  @Autowired CustomerRequestService customerRequests;

  @Test
  @WithUserDetails(value = "tech.saratov", userDetailsServiceBeanName = "staffUserDetailsService")
  void a_branch_technician_sees_only_the_requests_of_their_branch() {
    List<RequestSummary> seen = staffRequests.requestsInScope(ALL).getContent();

    assertThat(seen).isNotEmpty();
    assertThat(seen).allSatisfy(r -> assertThat(r.branchName().ru()).contains("Саратов"));
  }

  @Test
  @WithUserDetails(value = "tech.hq", userDetailsServiceBeanName = "staffUserDetailsService")
  void a_head_office_technician_sees_every_branch() {
    long branches =
        staffRequests.requestsInScope(ALL).stream()
            .map(r -> r.branchName().ru())
            .distinct()
            .count();

    assertThat(branches).isGreaterThanOrEqualTo(6);
  }

  @Test
  @WithUserDetails(value = "tech.saratov", userDetailsServiceBeanName = "staffUserDetailsService")
  void staff_never_see_drafts() {
    assertThat(staffRequests.requestsInScope(ALL))
        .noneMatch(r -> r.status() == RequestStatus.DRAFT);
  }

  @Test
  @WithUserDetails(
      value = "olga@volga-hotel.example",
      userDetailsServiceBeanName = "customerUserDetailsService")
  void a_customer_sees_only_the_requests_of_their_own_company() {
    List<RequestSummary> seen = customerRequests.myCompanyRequests(ALL).getContent();

    assertThat(seen).hasSizeGreaterThanOrEqualTo(3);
    assertThat(seen).extracting(RequestSummary::companyName).containsOnly("ООО «Волга-Отель»");
  }

  @Test
  @WithUserDetails(
      value = "ivan@ural-trade.example",
      userDetailsServiceBeanName = "customerUserDetailsService")
  void a_second_customer_sees_none_of_the_first_customers_requests() {
    List<RequestSummary> seen = customerRequests.myCompanyRequests(ALL).getContent();

    assertThat(seen).isNotEmpty();
    assertThat(seen).extracting(RequestSummary::companyName).doesNotContain("ООО «Волга-Отель»");
  }

  @Test
  @WithUserDetails(value = "tech.saratov", userDetailsServiceBeanName = "staffUserDetailsService")
  void staff_cannot_use_the_customers_service() {
    assertThatThrownBy(() -> customerRequests.myCompanyRequests(ALL))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  @WithUserDetails(
      value = "olga@volga-hotel.example",
      userDetailsServiceBeanName = "customerUserDetailsService")
  void customers_cannot_use_the_staff_service() {
    assertThatThrownBy(() -> staffRequests.requestsInScope(ALL))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void nobody_signed_out_gets_any_request() {
    assertThatThrownBy(() -> staffRequests.requestsInScope(ALL))
        .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    assertThatThrownBy(() -> customerRequests.myCompanyRequests(ALL))
        .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
  }
}
