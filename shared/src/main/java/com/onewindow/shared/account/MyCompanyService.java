package com.onewindow.shared.account;

import com.onewindow.shared.company.Companies;
import com.onewindow.shared.company.Kpp;
import com.onewindow.shared.security.CurrentUser;
import com.onewindow.shared.staff.Role;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The customer's own company (P6, first part). There is no ownership model yet, so the contact is a
 * service manager of the company's home branch.
 */
@Service
@Transactional(readOnly = true)
public class MyCompanyService {

  private final Companies companies;
  private final OperatorContacts contacts;

  MyCompanyService(Companies companies, OperatorContacts contacts) {
    this.companies = companies;
    this.contacts = contacts;
  }

  /** The caller's company, or empty while they belong to none. */
  @PreAuthorize("hasRole('CUSTOMER')")
  public Optional<MyCompany> myCompany() {
    return CurrentUser.requireCustomer()
        .companyId()
        .flatMap(companies::findById)
        .map(
            company ->
                new MyCompany(
                    company.getLegalName(),
                    company.inn().value(),
                    company.kpp().map(Kpp::value).orElse(null),
                    company.getHomeBranch().name(),
                    company.getSites().stream()
                        .map(
                            s ->
                                new MyCompany.SiteEntry(
                                    s.getId(), s.getAddress().oneLine(), s.getBranch().name()))
                        .toList(),
                    contacts
                        .inBranchWithRole(company.getHomeBranch().getId(), Role.SERVICE_MANAGER)
                        .stream()
                        .findFirst()
                        .map(
                            s ->
                                new MyCompany.OperatorContact(
                                    s.getFullName(), s.getPhone(), s.getEmail()))
                        .orElse(null)));
  }
}
