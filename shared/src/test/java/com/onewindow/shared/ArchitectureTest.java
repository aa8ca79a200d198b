package com.onewindow.shared;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Service;

/** The rules of STYLE.md for the shared module that a compiler does not check. */
class ArchitectureTest {

  private static final JavaClasses SHARED =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("com.onewindow.shared");

  @Test
  void the_shared_module_never_depends_on_vaadin() {
    noClasses().should().dependOnClassesThat().resideInAPackage("com.vaadin..").check(SHARED);
  }

  @Test
  void every_public_method_of_a_service_says_who_may_call_it() {
    methods()
        .that()
        .arePublic()
        .and()
        .areDeclaredInClassesThat()
        .areAnnotatedWith(Service.class)
        .and()
        .areDeclaredInClassesThat()
        .haveSimpleNameEndingWith("Service")
        .and()
        .areDeclaredInClassesThat()
        .areNotAssignableTo(UserDetailsService.class)
        .should()
        .beAnnotatedWith(PreAuthorize.class)
        .orShould()
        .beAnnotatedWith(RolesAllowed.class)
        .orShould()
        .beAnnotatedWith(PermitAll.class)
        .check(SHARED);
  }

  @Test
  void the_domain_does_not_reach_into_the_demo_data() {
    noClasses()
        .that()
        .resideOutsideOfPackage("..demo..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("..demo..")
        .check(SHARED);
  }
}
