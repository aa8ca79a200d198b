package com.onewindow.shared.inventory;

import com.onewindow.shared.common.NotFoundException;
import com.onewindow.shared.company.Companies;
import com.onewindow.shared.company.Company;
import com.onewindow.shared.security.CurrentUser;
import com.onewindow.shared.security.StaffPrincipal;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads a company's active services: customers their own company's, staff those in scope. */
@Service
@Transactional(readOnly = true)
public class ActiveServiceQueries {

  private final ActiveServices services;
  private final Companies companies;

  ActiveServiceQueries(ActiveServices services, Companies companies) {
    this.services = services;
    this.companies = companies;
  }

  /** The caller's company's running services (portal, My company); none before it is known. */
  @PreAuthorize("hasRole('CUSTOMER')")
  public List<ActiveServiceView> ofMyCompany() {
    return CurrentUser.requireCustomer().companyId().map(this::viewsOf).orElseGet(List::of);
  }

  /**
   * A company's running services for staff: head office sees every company, branch staff the
   * companies at home in their branch or with a site there; anything else reads as not found.
   */
  @PreAuthorize(
      "isAuthenticated() and principal instanceof T(com.onewindow.shared.security.StaffPrincipal)")
  public List<ActiveServiceView> ofCompany(long companyId) {
    StaffPrincipal staff = CurrentUser.requireStaff();
    Company company =
        companies
            .findById(companyId)
            .filter(c -> staff.isHeadOffice() || inBranch(c, staff.branchId()))
            .orElseThrow(() -> new NotFoundException("company", companyId));
    return viewsOf(company.getId());
  }

  private static boolean inBranch(Company company, long branchId) {
    return company.getHomeBranch().getId() == branchId
        || company.getSites().stream().anyMatch(s -> s.getBranch().getId() == branchId);
  }

  private List<ActiveServiceView> viewsOf(Long companyId) {
    return services.findOfCompany(companyId).stream().map(ActiveService::toView).toList();
  }
}
