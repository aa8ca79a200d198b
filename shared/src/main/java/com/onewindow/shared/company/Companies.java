package com.onewindow.shared.company;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** All client companies. */
public interface Companies extends JpaRepository<Company, Long> {

  Optional<Company> findByInn(String inn);

  boolean existsByInn(String inn);
}
