package com.onewindow.shared.demo;

import com.onewindow.shared.account.CustomerUser;
import com.onewindow.shared.account.CustomerUsers;
import java.time.Duration;
import org.springframework.stereotype.Component;

/**
 * The two portal users the demo signs in with, each the administrator of a different company: a
 * Saratov hotel and a Perm retail chain.
 */
@Component
class DemoCustomers {

  static final String OLGA = "olga@volga-hotel.example";
  static final String IVAN = "ivan@ural-trade.example";

  private final CustomerUsers customerUsers;

  DemoCustomers(CustomerUsers customerUsers) {
    this.customerUsers = customerUsers;
  }

  void create(DemoWorld world) {
    create(world, OLGA, "Ольга Петрова", DemoCompanyList.VOLGA_HOTEL, 230);
    create(world, IVAN, "Иван Кузнецов", DemoCompanyList.URAL_TRADE, 210);
  }

  private void create(DemoWorld world, String email, String name, String slug, int daysAgo) {
    var company = world.company(slug);
    var since = world.now.minus(Duration.ofDays(daysAgo));
    var customer =
        new CustomerUser(email, world.passwordHash, name, since).confirmEmail().administer(company);
    world.customersByCompany.put(company.getId(), customerUsers.save(customer));
  }
}
