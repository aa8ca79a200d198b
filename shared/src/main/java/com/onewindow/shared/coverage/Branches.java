package com.onewindow.shared.coverage;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** All branches of the operator. */
public interface Branches extends JpaRepository<Branch, Long> {

  Optional<Branch> findByCode(String code);

  Optional<Branch> findFirstByHeadOfficeTrue();

  List<Branch> findAllByOrderByNameRu();
}
