package com.onewindow.shared.crm;

import static com.onewindow.shared.crm.CrmFixtures.SARATOV_BAKERY;
import static com.onewindow.shared.crm.CrmFixtures.company;
import static org.assertj.core.api.Assertions.assertThat;

import com.onewindow.shared.SharedTestApplication;
import com.onewindow.shared.company.Companies;
import com.onewindow.shared.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;

/** The source article's call (R4, R6): the inbound desk hands the caller to their owner. */
@SpringBootTest(classes = SharedTestApplication.class)
@TestDatabase
@Transactional
class InboundDeskIT {

  @Autowired InboundDeskService desk;
  @Autowired CallbackTaskService tasks;
  @Autowired ClientService clients;
  @Autowired Companies companies;

  @Autowired
  @Qualifier("staffUserDetailsService")
  UserDetailsService staffUsers;

  @AfterEach
  void signOut() {
    SecurityContextHolder.clearContext();
  }

  @Test
  void a_call_handed_to_the_owner_lands_in_the_owners_task_list_and_nobody_elses() {
    signIn("inbound.perm");
    long bakery = company(companies, SARATOV_BAKERY).getId();
    var card = clients.client(bakery);
    assertThat(card.rule()).isEqualTo(ClientRule.EXISTING_CLIENT_SERVICE_MANAGER);
    var call = desk.logCall("+7 (8452) 77-00-11", "Потеряли визитку менеджера, хотят 500 Мбит/с");

    long task = desk.handToOwner(call.callId(), bakery, "");

    signIn("service.saratov");
    assertThat(tasks.myTasks(PageRequest.of(0, 50)))
        .filteredOn(t -> t.id() == task)
        .singleElement()
        .satisfies(
            t -> {
              assertThat(t.companyName()).isEqualTo(SARATOV_BAKERY);
              assertThat(t.note()).contains("500 Мбит/с");
              assertThat(t.callerPhone()).isEqualTo("+7 (8452) 77-00-11");
              assertThat(t.createdBy()).isEqualTo("Лебедева Юлия Андреевна");
            });
    signIn("sales.saratov");
    assertThat(tasks.myTasks(PageRequest.of(0, 50))).noneMatch(t -> t.id() == task);
  }

  private void signIn(String username) {
    var user = staffUsers.loadUserByUsername(username);
    SecurityContextHolder.getContext()
        .setAuthentication(
            UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
  }
}
