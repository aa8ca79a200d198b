package com.onewindow.shared.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.onewindow.shared.SharedTestApplication;
import com.onewindow.shared.account.CustomerUserDetailsService;
import com.onewindow.shared.common.NotFoundException;
import com.onewindow.shared.testing.SignIn;
import com.onewindow.shared.testing.SignedIn;
import com.onewindow.shared.testing.TestDatabase;
import com.onewindow.shared.testing.TestRequests;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Who sees which part of an order split by branch: each branch its own request in its queue and on
 * its page, the sibling only by number and branch; the customer the whole order, nobody else.
 */
@SpringBootTest(classes = SharedTestApplication.class)
@TestDatabase
class SplitOrderScopeIT {

  private static final PageRequest PAGE = PageRequest.of(0, 50);

  @Autowired RequestQueueService queue;
  @Autowired RequestDetailService details;
  @Autowired CustomerRequestService customerRequests;
  @Autowired CustomerUserDetailsService customerUserDetailsService;
  @Autowired JdbcTemplate jdbc;
  @Autowired ApplicationContext context;

  @Autowired
  @Qualifier("staffUserDetailsService")
  UserDetailsService staffUsers;

  String inn;
  SubmittedOrder order;
  SubmittedRequest saratovPart;
  SubmittedRequest permPart;

  @BeforeEach
  void aNewCustomerOrdersForSaratovAndPerm() {
    var made = new TestRequests(context).orderForSaratovAndPerm();
    order = made.order();
    inn = made.inn();
    SignIn.as(customerUserDetailsService, made.customerEmail());
    saratovPart = order.requests().get(0);
    permPart = order.requests().get(1);
  }

  @AfterEach
  void signOutAndEmptyTheOutbox() {
    SignIn.out();
    jdbc.update("delete from outbox_message");
  }

  @Test
  void each_branch_sees_only_its_own_part_of_the_order_in_its_queue() throws Exception {
    assertThat(queueIds("tech.saratov")).containsExactly(saratovPart.id());
    assertThat(queueIds("tech.perm")).containsExactly(permPart.id());
    assertThat(queueIds("tech.hq")).containsExactlyInAnyOrder(saratovPart.id(), permPart.id());
  }

  @Test
  void a_branch_technician_sees_the_sibling_by_number_and_branch_but_cannot_open_it()
      throws Exception {
    var signedIn = new SignedIn(staffUsers);

    var seen = signedIn.as("tech.saratov", () -> details.details(saratovPart.id()));

    assertThat(seen.order()).isNotNull();
    assertThat(seen.order().number()).isEqualTo(order.number());
    assertThat(seen.order().parts())
        .extracting(
            OrderOverview.Part::number,
            p -> p.branchName().ru(),
            OrderOverview.Part::openable,
            OrderOverview.Part::status)
        .containsExactly(
            org.assertj.core.api.Assertions.tuple(
                saratovPart.number(), "Саратовский филиал", true, RequestStatus.SUBMITTED),
            org.assertj.core.api.Assertions.tuple(
                permPart.number(), "Пермский филиал", false, null));
    assertThatThrownBy(() -> signedIn.run("tech.saratov", () -> details.details(permPart.id())))
        .isInstanceOf(NotFoundException.class);
    assertThat(signedIn.as("tech.hq", () -> details.details(saratovPart.id())).order().parts())
        .allMatch(OrderOverview.Part::openable);
  }

  @Test
  void the_customer_sees_the_whole_order_and_each_request_names_its_siblings() {
    var whole = customerRequests.myOrder(order.number());

    assertThat(whole.requests())
        .extracting(CustomerRequestDetail::number)
        .containsExactly(saratovPart.number(), permPart.number());
    assertThat(whole.monthly()).isEqualTo(order.monthly());
    var perm = customerRequests.myRequest(permPart.id());
    assertThat(perm.order()).isNotNull();
    assertThat(perm.order().partOf(permPart.id()).part()).isEqualTo(2);
    assertThat(perm.order().parts()).allMatch(OrderOverview.Part::openable);
    assertThat(
            customerRequests.myCompanyRequestRows(PageRequest.of(0, 10)).getContent().stream()
                .map(MyRequestRow::order)
                .toList())
        .containsExactlyInAnyOrder(
            new OrderPart(order.number(), 1, 2), new OrderPart(order.number(), 2, 2));
  }

  @Test
  void another_customer_gets_not_found_for_the_order() {
    SignIn.as(customerUserDetailsService, "olga@volga-hotel.example");

    assertThatThrownBy(() -> customerRequests.myOrder(order.number()))
        .isInstanceOf(NotFoundException.class);
  }

  private List<Long> queueIds(String user) throws Exception {
    return new SignedIn(staffUsers)
        .as(user, () -> queue.page(QueueFilter.everything().withSearch(inn), PAGE)).stream()
            .map(QueueRow::id)
            .toList();
  }
}
