package com.onewindow.shared.coverage;

import com.onewindow.shared.common.LocalizedText;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.ZoneId;

/** A branch of the operator in a region, with its own time zone; one of them is the head office. */
@Entity
public class Branch {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String code;
  private String nameRu;
  private String nameEn;
  private String cityRu;
  private String cityEn;
  private String regionRu;
  private String regionEn;

  @Column(name = "time_zone")
  private String timeZone;

  private boolean headOffice;

  protected Branch() {}

  public Branch(
      String code, LocalizedText name, LocalizedText city, LocalizedText region, ZoneId zone) {
    this.code = code;
    this.nameRu = name.ru();
    this.nameEn = name.en();
    this.cityRu = city.ru();
    this.cityEn = city.en();
    this.regionRu = region.ru();
    this.regionEn = region.en();
    this.timeZone = zone.getId();
  }

  public Branch markHeadOffice() {
    this.headOffice = true;
    return this;
  }

  public Long getId() {
    return id;
  }

  public String getCode() {
    return code;
  }

  public LocalizedText name() {
    return new LocalizedText(nameRu, nameEn);
  }

  public LocalizedText city() {
    return new LocalizedText(cityRu, cityEn);
  }

  public LocalizedText region() {
    return new LocalizedText(regionRu, regionEn);
  }

  public ZoneId zone() {
    return ZoneId.of(timeZone);
  }

  public boolean isHeadOffice() {
    return headOffice;
  }
}
