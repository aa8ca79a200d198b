package com.onewindow.shared.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.onewindow.shared.SharedTestApplication;
import com.onewindow.shared.account.CustomerUserDetailsService;
import com.onewindow.shared.common.NotFoundException;
import com.onewindow.shared.testing.SignIn;
import com.onewindow.shared.testing.TestDatabase;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;

/** A customer sees only its own company's requests, whatever id it asks for. */
@SpringBootTest(classes = SharedTestApplication.class)
@TestDatabase
class CustomerRequestAccessIT {

  private static final PageRequest ALL = PageRequest.of(0, 10_000);

  @Autowired CustomerRequestService requests;
  @Autowired CustomerUserDetailsService customerUserDetailsService;

  @AfterEach
  void signOut() {
    SignIn.out();
  }

  @Test
  void a_second_customer_sees_none_of_the_first_customers_requests_and_not_found_for_their_ids() {
    SignIn.as(customerUserDetailsService, "olga@volga-hotel.example");
    List<Long> olgas = requests.myCompanyRequests(ALL).map(RequestSummary::id).getContent();
    assertThat(olgas).isNotEmpty();
    long olgasFirst = olgas.getFirst();
    assertThat(requests.myRequest(olgasFirst).id()).isEqualTo(olgasFirst);

    SignIn.as(customerUserDetailsService, "ivan@ural-trade.example");
    List<Long> ivans = requests.myCompanyRequests(ALL).map(RequestSummary::id).getContent();

    assertThat(ivans).isNotEmpty().doesNotContainAnyElementsOf(olgas);
    for (long id : olgas) {
      assertThatThrownBy(() -> requests.myRequest(id)).isInstanceOf(NotFoundException.class);
      assertThatThrownBy(() -> requests.writeMessage(id, "hello"))
          .isInstanceOf(NotFoundException.class);
      assertThatThrownBy(() -> requests.cancel(id, "mine now"))
          .isInstanceOf(NotFoundException.class);
    }
  }

  @Test
  void a_customer_writes_a_message_that_stands_on_the_timeline() {
    SignIn.as(customerUserDetailsService, "ivan@ural-trade.example");
    long id = requests.myCompanyRequests(ALL).getContent().getFirst().id();

    var detail = requests.writeMessage(id, "Когда приедет инженер?");

    assertThat(detail.timeline().getLast().type()).isEqualTo(RequestEventType.MESSAGE);
    assertThat(detail.timeline().getLast().text()).isEqualTo("Когда приедет инженер?");
    assertThat(detail.timeline().getLast().byCustomer()).isTrue();
  }

  @Test
  void the_timeline_shows_only_what_the_customer_may_see() {
    SignIn.as(customerUserDetailsService, "olga@volga-hotel.example");
    for (var summary : requests.myCompanyRequests(ALL)) {
      assertThat(requests.myRequest(summary.id()).timeline())
          .noneMatch(e -> e.type() == RequestEventType.INTERNAL_NOTE);
    }
  }
}
