package com.onewindow.shared.account;

import com.onewindow.shared.common.BusinessRuleViolation;
import com.onewindow.shared.common.NotFoundException;
import com.onewindow.shared.company.Company;
import com.onewindow.shared.security.CurrentUser;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The users of a customer's company: the first user administers them, accepts those who asked to
 * join and invites colleagues by mail.
 */
@Service
@Transactional
public class CompanyUsersService {

  private final CustomerUsers users;
  private final AccountTokens tokens;
  private final AccountMails mails;
  private final Clock clock;

  CompanyUsersService(CustomerUsers users, AccountTokens tokens, AccountMails mails, Clock clock) {
    this.users = users;
    this.tokens = tokens;
    this.mails = mails;
    this.clock = clock;
  }

  /** The caller's account and company standing. */
  @PreAuthorize("hasRole('CUSTOMER')")
  @Transactional(readOnly = true)
  public MyAccount myAccount() {
    var me = me();
    var company = me.getCompany();
    var pending = me.getPendingCompany();
    return new MyAccount(
        me.getFullName(),
        me.getEmail(),
        me.getPhone(),
        company == null ? null : company.getLegalName(),
        me.isCompanyAdmin(),
        pending == null ? null : pending.getLegalName());
  }

  /** The members of the caller's company, then those waiting to be accepted (admins only). */
  @PreAuthorize("hasRole('CUSTOMER')")
  @Transactional(readOnly = true)
  public List<CompanyMember> members() {
    var me = me();
    var company = me.getCompany();
    if (company == null) {
      return List.of();
    }
    var members = new ArrayList<CompanyMember>();
    users
        .findByCompanyIdOrderByFullName(company.getId())
        .forEach(u -> members.add(CompanyMember.of(u, false)));
    if (me.isCompanyAdmin()) {
      users
          .findByPendingCompanyIdOrderByCreatedAt(company.getId())
          .forEach(u -> members.add(CompanyMember.of(u, true)));
    }
    return members;
  }

  /** Accepts a user who asked to join the administrator's company. */
  @PreAuthorize("hasRole('CUSTOMER')")
  public void accept(long userId) {
    Company company = administeredCompany();
    pendingIn(company, userId).acceptInto(company);
  }

  /** Turns down a request to join; the account stays, without the company. */
  @PreAuthorize("hasRole('CUSTOMER')")
  public void decline(long userId) {
    Company company = administeredCompany();
    pendingIn(company, userId).requestMembershipWithdrawn();
  }

  /** Mails a colleague a link to open an account in the administrator's company. */
  @PreAuthorize("hasRole('CUSTOMER')")
  public void invite(String email, Locale locale) {
    Company company = administeredCompany();
    if (!ContactRules.isEmail(email)) {
      throw new BusinessRuleViolation("contact.error.email");
    }
    String address = email.strip().toLowerCase(Locale.ROOT);
    if (users.existsByEmailIgnoreCase(address)) {
      throw new BusinessRuleViolation("account.error.emailTaken");
    }
    var issued = AccountToken.invitation(address, company, clock.instant());
    tokens.save(issued.token());
    mails.invitation(address, company.getLegalName(), me().getFullName(), issued.raw(), locale);
  }

  private CustomerUser pendingIn(Company company, long userId) {
    return users.findByPendingCompanyIdOrderByCreatedAt(company.getId()).stream()
        .filter(u -> u.getId() == userId)
        .findFirst()
        .orElseThrow(() -> new NotFoundException("customerUser", userId));
  }

  private Company administeredCompany() {
    var me = me();
    if (!me.isCompanyAdmin() || me.getCompany() == null) {
      throw new BusinessRuleViolation("account.error.notAdmin");
    }
    return me.getCompany();
  }

  private CustomerUser me() {
    return users.findById(CurrentUser.requireCustomer().customerUserId()).orElseThrow();
  }
}
