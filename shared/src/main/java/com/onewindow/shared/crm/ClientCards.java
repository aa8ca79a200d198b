package com.onewindow.shared.crm;

import com.onewindow.shared.company.Company;
import org.springframework.stereotype.Component;

/** Builds a client's card from the company and its ownership records. */
@Component
class ClientCards {

  private final Ownerships ownerships;

  ClientCards(Ownerships ownerships) {
    this.ownerships = ownerships;
  }

  ClientDetail card(Company c) {
    var history = ownerships.findHistory(c.getId());
    var current = history.stream().filter(Ownership::isCurrent).findFirst();
    var owner = current.map(OwnerCard::of).orElse(null);
    return new ClientDetail(
        c.getId(),
        c.getLegalName(),
        c.inn().value(),
        c.kpp().map(k -> k.value()).orElse(null),
        c.getIndustry(),
        c.getSegment(),
        c.isFederal(),
        c.getPhone(),
        c.getHomeBranch().name(),
        c.getHomeBranch().zone(),
        c.cooperationStartedAt().orElse(null),
        c.getSites().stream()
            .map(
                s ->
                    new ClientDetail.SiteRow(
                        s.getId(),
                        s.getLabel(),
                        s.getAddress().oneLine(),
                        s.getBranch().name(),
                        s.getBranch().zone()))
            .toList(),
        c.getContacts().stream()
            .map(
                k ->
                    new ClientDetail.ContactRow(
                        k.getId(), k.getFullName(), k.getPosition(), k.getPhone(), k.getEmail()))
            .toList(),
        owner,
        ClientRule.applyingTo(c, owner == null ? null : owner.unit()),
        history.stream()
            .map(
                o ->
                    new ClientDetail.OwnershipRow(
                        o.getManager().getFullName(),
                        o.getUnit(),
                        o.getBranch().name(),
                        o.getValidFrom(),
                        o.validTo().orElse(null),
                        o.getReason(),
                        o.getNote()))
            .toList());
  }
}
