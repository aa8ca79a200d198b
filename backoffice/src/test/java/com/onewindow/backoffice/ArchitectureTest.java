package com.onewindow.backoffice;

import com.onewindow.shared.testing.UiArchitectureRules;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The rules of STYLE.md that a compiler does not check, on this app. */
class ArchitectureTest {

  private static final JavaClasses APP =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("com.onewindow.backoffice");

  @Test
  void views_call_services_never_repositories_or_the_entity_manager() {
    UiArchitectureRules.viewsCallServicesOnly().check(APP);
  }

  @Test
  void views_never_hold_or_receive_an_entity_only_read_models() {
    UiArchitectureRules.viewsNeverHoldOrReceiveEntities().check(APP);
  }

  @Test
  void every_route_says_who_may_open_it() {
    UiArchitectureRules.everyRouteSaysWhoMayOpenIt().check(APP);
  }

  @Test
  void views_live_in_a_ui_package_of_their_feature() {
    UiArchitectureRules.viewsLiveInTheUiPackageOfTheirFeature().check(APP);
  }
}
