package com.onewindow.shared.catalog;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

/** The industry bundles of the catalog. */
public interface Bundles extends JpaRepository<Bundle, Long> {

  Optional<Bundle> findByCode(String code);

  @EntityGraph(attributePaths = {"items", "items.product", "items.option"})
  List<Bundle> findByActiveTrueOrderByIndustry();
}
