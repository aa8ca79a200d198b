package com.onewindow.shared.coverage;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** The coverage map: which branch serves which addresses, and how. */
public interface CoverageEntries extends JpaRepository<CoverageEntry, Long> {

  @Query(
      """
      select c from CoverageEntry c join fetch c.branch
      where c.city = :city and c.street = :street and :house between c.houseFrom and c.houseTo
      """)
  List<CoverageEntry> findCovering(String city, String street, int house);

  @Query("select c from CoverageEntry c join fetch c.branch where c.city = :city")
  List<CoverageEntry> findByCity(String city);
}
