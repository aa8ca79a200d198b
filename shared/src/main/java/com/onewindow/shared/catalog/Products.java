package com.onewindow.shared.catalog;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

/** The products of the catalog. */
public interface Products extends JpaRepository<Product, Long> {

  Optional<Product> findByCode(String code);

  @EntityGraph(attributePaths = "options")
  List<Product> findByActiveTrueOrderBySortOrder();
}
