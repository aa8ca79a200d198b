package com.onewindow.shared.coverage;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answers whether an address can be connected (P2), for anybody, signed in or not. Never throws for
 * what people type: a field that cannot be read is named, an address the map does not know is "not
 * covered, we will check", routed to the branch of its city or else to the head office.
 */
@Service
@Transactional(readOnly = true)
public class ServiceabilityService {

  private static final Comparator<CoverageEntry> BEST =
      Comparator.comparing((CoverageEntry e) -> e.getStatus().ordinal())
          .thenComparing(Comparator.comparingInt(CoverageEntry::getMaxSpeedMbps).reversed());

  private final CoverageEntries coverage;
  private final Branches branches;

  ServiceabilityService(CoverageEntries coverage, Branches branches) {
    this.coverage = coverage;
    this.branches = branches;
  }

  /** Checks one address as typed: city, street, house (e.g. "12к1"). */
  @PreAuthorize("permitAll()")
  public Serviceability check(String city, String street, String house) {
    var errors = new LinkedHashMap<String, String>();
    AddressNormaliser.problemWith("city", city).ifPresent(k -> errors.put("city", k));
    AddressNormaliser.problemWith("street", street).ifPresent(k -> errors.put("street", k));
    AddressNormaliser.problemWith("house", house).ifPresent(k -> errors.put("house", k));
    if (!errors.isEmpty()) {
      return Serviceability.invalid(errors);
    }
    String cityKey = AddressNormaliser.city(city);
    String streetKey = AddressNormaliser.street(street);
    int number = AddressNormaliser.houseNumber(house).orElseThrow();
    Optional<Branch> cityBranch = branchOfCity(cityKey);
    String storedCity = cityBranch.map(b -> b.city().ru()).orElse(city.strip());
    Optional<CoverageEntry> best =
        coverage.findByCity(storedCity).stream()
            .filter(e -> AddressNormaliser.city(e.getCity()).equals(cityKey))
            .filter(e -> AddressNormaliser.street(e.getStreet()).equals(streetKey))
            .filter(e -> e.getHouseFrom() <= number && number <= e.getHouseTo())
            .min(BEST);
    if (best.isPresent()) {
      CoverageEntry entry = best.get();
      boolean connectable = entry.getStatus() != CoverageStatus.NOT_COVERED;
      return new Serviceability(
          entry.getStatus(),
          entry.getBranch().getId(),
          entry.getBranch().name(),
          connectable ? entry.getTechnology() : null,
          connectable ? entry.getMaxSpeedMbps() : 0,
          java.util.Map.of());
    }
    Branch branch = cityBranch.or(branches::findFirstByHeadOfficeTrue).orElse(null);
    return new Serviceability(
        CoverageStatus.NOT_COVERED,
        branch == null ? null : branch.getId(),
        branch == null ? null : branch.name(),
        null,
        0,
        java.util.Map.of());
  }

  private Optional<Branch> branchOfCity(String cityKey) {
    List<Branch> all = branches.findAll();
    return all.stream()
        .filter(
            b ->
                AddressNormaliser.city(b.city().ru()).equals(cityKey)
                    || AddressNormaliser.city(b.city().en()).equals(cityKey))
        .findFirst();
  }
}
