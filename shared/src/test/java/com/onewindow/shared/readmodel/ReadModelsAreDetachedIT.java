package com.onewindow.shared.readmodel;

import static com.onewindow.shared.testing.Detached.assertDetached;
import static org.assertj.core.api.Assertions.assertThat;

import com.onewindow.shared.SharedTestApplication;
import com.onewindow.shared.account.CustomerUserDetailsService;
import com.onewindow.shared.account.MyCompanyService;
import com.onewindow.shared.catalog.CatalogService;
import com.onewindow.shared.crm.ActivityService;
import com.onewindow.shared.crm.AttributionService;
import com.onewindow.shared.crm.ClientService;
import com.onewindow.shared.crm.FunnelPlanService;
import com.onewindow.shared.inventory.ActiveServiceQueries;
import com.onewindow.shared.request.CustomerRequestService;
import com.onewindow.shared.request.QueueFilter;
import com.onewindow.shared.request.RequestDetailService;
import com.onewindow.shared.request.RequestQueueService;
import com.onewindow.shared.staff.StaffUserDetailsService;
import com.onewindow.shared.testing.SignIn;
import com.onewindow.shared.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the services hand to the views is read models only: a view that received an entity or one of
 * its lazy collections failed when it read it after the transaction (the wizard's services).
 */
@SpringBootTest(classes = SharedTestApplication.class)
@TestDatabase
class ReadModelsAreDetachedIT {

  @Autowired CatalogService catalog;
  @Autowired MyCompanyService myCompany;
  @Autowired CustomerRequestService customerRequests;
  @Autowired ActiveServiceQueries activeServices;
  @Autowired RequestDetailService requestDetails;
  @Autowired RequestQueueService queue;
  @Autowired ClientService clients;
  @Autowired AttributionService attribution;
  @Autowired ActivityService activities;
  @Autowired FunnelPlanService plans;
  @Autowired CustomerUserDetailsService customers;
  @Autowired StaffUserDetailsService staff;
  @Autowired JdbcTemplate jdbc;

  @AfterEach
  void signOut() {
    SignIn.out();
  }

  @Test
  void the_catalog_hands_out_products_and_bundles_with_their_rules_copied() {
    var products = catalog.products();
    var bundles = catalog.bundles();

    assertThat(products).anyMatch(p -> !p.requiresOneOf().isEmpty());
    assertThat(products).anyMatch(p -> !p.options().isEmpty());
    assertDetached(products);
    assertDetached(bundles);
  }

  @Test
  void a_customer_gets_read_models_of_their_company_and_requests() {
    SignIn.as(customers, "olga@volga-hotel.example");

    var requests = customerRequests.myCompanyRequestRows(PageRequest.of(0, 20));
    assertThat(requests.getContent()).isNotEmpty();
    assertDetached(requests);
    assertDetached(customerRequests.myRequest(requests.getContent().getFirst().id()));
    assertDetached(myCompany.myCompany().orElseThrow());
    assertDetached(activeServices.ofMyCompany());
  }

  @Test
  void staff_get_read_models_of_requests_clients_and_plans() {
    SignIn.as(staff, "head.saratov");
    long companyId = olgasCompany();

    var page = queue.page(QueueFilter.everything(), PageRequest.of(0, 20));
    assertThat(page).isNotEmpty();
    assertDetached(page);
    assertDetached(requestDetails.details(page.getFirst().id()));
    assertDetached(clients.clients("", PageRequest.of(0, 20)));
    assertDetached(clients.client(companyId));
    assertDetached(attribution.ofClient(companyId));
    assertDetached(attribution.contractsOf(companyId));
    assertDetached(activities.activities(companyId, PageRequest.of(0, 20)));
    assertDetached(plans.team());
  }

  private long olgasCompany() {
    return jdbc.queryForObject(
        "select company_id from customer_user where email = 'olga@volga-hotel.example'",
        Long.class);
  }
}
