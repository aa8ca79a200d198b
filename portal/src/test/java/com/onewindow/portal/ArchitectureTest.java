package com.onewindow.portal;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.vaadin.flow.router.Route;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;

/** The rules of STYLE.md that a compiler does not check. */
class ArchitectureTest {

  private static final JavaClasses APP =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("com.onewindow.portal");

  @Test
  void views_call_services_never_repositories_or_the_entity_manager() {
    noClasses()
        .that()
        .resideInAPackage("..ui..")
        .should()
        .dependOnClassesThat()
        .areAssignableTo(Repository.class)
        .orShould()
        .dependOnClassesThat()
        .areAssignableTo(EntityManager.class)
        .check(APP);
  }

  @Test
  void every_route_says_who_may_open_it() {
    classes()
        .that()
        .areAnnotatedWith(Route.class)
        .should()
        .beAnnotatedWith(com.vaadin.flow.server.auth.AnonymousAllowed.class)
        .orShould()
        .beAnnotatedWith(jakarta.annotation.security.PermitAll.class)
        .orShould()
        .beAnnotatedWith(jakarta.annotation.security.RolesAllowed.class)
        .orShould()
        .beAnnotatedWith(jakarta.annotation.security.DenyAll.class)
        .check(APP);
  }

  @Test
  void views_live_in_a_ui_package_of_their_feature() {
    classes().that().areAnnotatedWith(Route.class).should().resideInAPackage("..ui..").check(APP);
  }
}
