package com.onewindow.portal.request.ui;

import com.onewindow.shared.request.ConnectionOrder;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Everything typed into the wizard, kept in the browser (localStorage) as JSON so that it survives
 * a reload, a sign-in in the middle and a return the next day, while the server keeps only this
 * small object per open wizard. The key is made when the draft starts and travels with the
 * submission, so that one draft makes one request.
 */
public class WizardDraft {

  static final String STORAGE_KEY = "onewindow.connect.draft";
  private static final JsonMapper JSON =
      JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

  public String key = UUID.randomUUID().toString();
  public int step;
  public String legalName = "";
  public String inn = "";
  public String kpp = "";
  public String contactName = "";
  public String contactPhone = "";
  public String contactEmail = "";
  public List<SiteDraft> sites = new ArrayList<>(List.of(new SiteDraft()));
  public @Nullable String desiredDate;
  public String comment = "";
  public boolean consent;

  /** One site: its address and what it orders. */
  public static class SiteDraft {
    public String city = "";
    public String street = "";
    public String house = "";
    public String premises = "";
    public @Nullable Long bundleId;
    public List<ServiceDraft> services = new ArrayList<>();
  }

  /** A product ordered at a site, with its option. */
  public static class ServiceDraft {
    public long productId;
    public @Nullable Long optionId;

    public ServiceDraft() {}

    ServiceDraft(long productId, @Nullable Long optionId) {
      this.productId = productId;
      this.optionId = optionId;
    }
  }

  String toJson() {
    return JSON.writeValueAsString(this);
  }

  /** The draft kept in the browser, or a fresh one if there is none or it cannot be read. */
  static WizardDraft fromJson(@Nullable String json) {
    if (json == null || json.isBlank()) {
      return new WizardDraft();
    }
    try {
      var draft = JSON.readValue(json, WizardDraft.class);
      if (draft.sites == null || draft.sites.isEmpty()) {
        draft.sites = new ArrayList<>(List.of(new SiteDraft()));
      }
      return draft;
    } catch (JacksonException unreadable) {
      return new WizardDraft();
    }
  }

  @Nullable LocalDate desiredDate() {
    try {
      return desiredDate == null ? null : LocalDate.parse(desiredDate);
    } catch (java.time.format.DateTimeParseException e) {
      return null;
    }
  }

  ConnectionOrder.SiteOrder siteOrder(int index) {
    var site = sites.get(index);
    return new ConnectionOrder.SiteOrder(
        site.city,
        site.street,
        site.house,
        site.premises,
        site.bundleId,
        site.services.stream()
            .map(s -> new ConnectionOrder.ServiceOrder(s.productId, s.optionId))
            .toList());
  }

  ConnectionOrder toOrder() {
    var siteOrders = new ArrayList<ConnectionOrder.SiteOrder>();
    for (int i = 0; i < sites.size(); i++) {
      siteOrders.add(siteOrder(i));
    }
    return new ConnectionOrder(
        key,
        new ConnectionOrder.CompanyPart(legalName, inn, kpp),
        new ConnectionOrder.ContactPart(contactName, contactPhone, contactEmail),
        siteOrders,
        desiredDate(),
        comment,
        consent);
  }
}
