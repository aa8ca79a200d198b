package com.onewindow.shared.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.lang.ArchRule;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import java.lang.annotation.Annotation;
import org.springframework.data.repository.Repository;

/**
 * The rules of STYLE.md for a Vaadin app that a compiler does not check. The annotations are named,
 * not imported, because the shared module does not depend on Vaadin.
 */
public final class UiArchitectureRules {

  private static final String ROUTE = "com.vaadin.flow.router.Route";
  private static final String ANONYMOUS_ALLOWED = "com.vaadin.flow.server.auth.AnonymousAllowed";

  private UiArchitectureRules() {}

  public static ArchRule viewsCallServicesOnly() {
    return noClasses()
        .that()
        .resideInAPackage("..ui..")
        .should()
        .dependOnClassesThat()
        .areAssignableTo(Repository.class)
        .orShould()
        .dependOnClassesThat()
        .areAssignableTo(EntityManager.class);
  }

  /**
   * Views get read models, never entities: an entity in a view is read after its transaction has
   * closed, and its lazy parts then fail (a customer could not order a single service that way).
   */
  public static ArchRule viewsNeverHoldOrReceiveEntities() {
    return classes()
        .that()
        .resideInAPackage("..ui..")
        .should(new NeverHoldOrReceiveEntities())
        .allowEmptyShould(false);
  }

  public static ArchRule everyRouteSaysWhoMayOpenIt() {
    return classes()
        .that()
        .areAnnotatedWith(ROUTE)
        .should()
        .beAnnotatedWith(ANONYMOUS_ALLOWED)
        .orShould()
        .beAnnotatedWith(annotation(PermitAll.class))
        .orShould()
        .beAnnotatedWith(annotation(RolesAllowed.class))
        .orShould()
        .beAnnotatedWith(annotation(DenyAll.class));
  }

  public static ArchRule viewsLiveInTheUiPackageOfTheirFeature() {
    return classes().that().areAnnotatedWith(ROUTE).should().resideInAPackage("..ui..");
  }

  private static String annotation(Class<? extends Annotation> type) {
    return type.getName();
  }
}
