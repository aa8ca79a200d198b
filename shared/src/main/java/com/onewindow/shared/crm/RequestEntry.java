package com.onewindow.shared.crm;

import com.onewindow.shared.catalog.Products;
import com.onewindow.shared.common.BusinessRuleViolation;
import com.onewindow.shared.common.NotFoundException;
import com.onewindow.shared.company.Companies;
import com.onewindow.shared.company.Company;
import com.onewindow.shared.company.Site;
import com.onewindow.shared.request.ConnectionRequest;
import com.onewindow.shared.request.ConnectionRequests;
import com.onewindow.shared.request.ContactPerson;
import com.onewindow.shared.request.RequestLine;
import com.onewindow.shared.security.Actor;
import java.time.Clock;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Enters and submits a one-site request staff take for a client, routed to the branch that serves
 * the address and attributed by the way it came in.
 */
@Component
class RequestEntry {

  private final Companies companies;
  private final Products products;
  private final ConnectionRequests requests;
  private final Coverage coverage;
  private final Clock clock;

  RequestEntry(
      Companies companies,
      Products products,
      ConnectionRequests requests,
      Coverage coverage,
      Clock clock) {
    this.companies = companies;
    this.products = products;
    this.requests = requests;
    this.coverage = coverage;
    this.clock = clock;
  }

  @Transactional(propagation = Propagation.MANDATORY)
  ConnectionRequest enter(OnBehalfRequest form, Attribution attribution, Actor actor) {
    Company company =
        companies
            .findById(form.companyId())
            .orElseThrow(() -> new NotFoundException("client", form.companyId()));
    var branch = coverage.branchServing(form.address());
    var product =
        products
            .findById(form.productId())
            .orElseThrow(() -> new NotFoundException("product", form.productId()));
    var option =
        form.optionId() == null
            ? null
            : product.getOptions().stream()
                .filter(o -> o.getId().equals(form.optionId()))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("option", form.optionId()));
    ContactPerson contact;
    try {
      contact = new ContactPerson(form.contactName(), form.contactPhone(), form.contactEmail());
    } catch (IllegalArgumentException e) {
      throw new BusinessRuleViolation("crm.error.contactIncomplete");
    }
    Site site = siteAt(company, form, branch);
    var now = clock.instant();
    var request =
        attribution.applyTo(
            ConnectionRequest.draft(company, branch, attribution.channel(), contact, actor, now)
                .wanting(null, form.comment()));
    request = requests.saveAndFlush(request);
    request.addLine(site, RequestLine.Ordered.product(product, option), actor);
    request.submit(actor, now);
    return requests.save(request);
  }

  private Site siteAt(
      Company company, OnBehalfRequest form, com.onewindow.shared.coverage.Branch branch) {
    var wanted = form.address().oneLine();
    return company.getSites().stream()
        .filter(s -> s.getAddress().oneLine().equalsIgnoreCase(wanted))
        .findFirst()
        .orElseGet(
            () -> {
              var site = company.addSite(null, form.address(), branch);
              // Flushing cascades the persist to the new site, which the request line refers to.
              companies.flush();
              return site;
            });
  }
}
