package com.onewindow.shared.request;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a customer orders in the online wizard (P3): the company, the contact person, one or more
 * sites each with a bundle and/or services, a desired date. {@code idempotencyKey} is made when the
 * draft starts, so that submitting the same draft twice makes one request.
 */
public record ConnectionOrder(
    String idempotencyKey,
    CompanyPart company,
    ContactPart contact,
    List<SiteOrder> sites,
    @Nullable LocalDate desiredDate,
    @Nullable String comment,
    boolean consent) {

  public ConnectionOrder {
    sites = List.copyOf(sites);
  }

  public record CompanyPart(String legalName, String inn, @Nullable String kpp) {}

  public record ContactPart(String name, String phone, String email) {}

  public record SiteOrder(
      String city,
      String street,
      String house,
      @Nullable String premises,
      @Nullable Long bundleId,
      List<ServiceOrder> services) {

    public SiteOrder {
      services = List.copyOf(services);
    }

    public SiteOrder withHouse(String house) {
      return new SiteOrder(city, street, house, premises, bundleId, services);
    }
  }

  public record ServiceOrder(long productId, @Nullable Long optionId) {}
}
