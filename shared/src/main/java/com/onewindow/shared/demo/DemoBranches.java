package com.onewindow.shared.demo;

import com.onewindow.shared.coverage.Branch;
import com.onewindow.shared.coverage.Branches;
import com.onewindow.shared.coverage.CoverageEntries;
import com.onewindow.shared.coverage.CoverageEntry;
import java.util.ArrayList;
import org.springframework.stereotype.Component;

/** Makes the branches, the head office in Moscow first, and the coverage map of each city. */
@Component
class DemoBranches {

  private final Branches branches;
  private final CoverageEntries coverage;

  DemoBranches(Branches branches, CoverageEntries coverage) {
    this.branches = branches;
    this.coverage = coverage;
  }

  void create(DemoWorld world) {
    for (DemoCity city : DemoCity.ALL) {
      var branch =
          new Branch(city.code(), city.branchName(), city.city(), city.region(), city.zone());
      if (city.headOffice()) {
        branch.markHeadOffice();
      }
      world.branches.put(city.code(), branches.save(branch));
      world.coverage.put(city.code(), new ArrayList<>());
    }
    for (DemoStreets.Street street : DemoStreets.ALL) {
      var city = DemoCity.byCode(street.city());
      var entry =
          new CoverageEntry(
              world.branch(city.code()),
              city.city().ru(),
              street.name(),
              street.houseFrom(),
              street.houseTo(),
              street.technology(),
              street.status(),
              street.maxSpeedMbps());
      world.coverage.get(city.code()).add(coverage.save(entry));
    }
  }
}
