package com.onewindow.shared.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.onewindow.shared.testing.examples.ui.ViewHoldingAnEntity;
import com.onewindow.shared.testing.examples.ui.ViewReceivingAnEntity;
import com.onewindow.shared.testing.examples.ui.ViewWithReadModels;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

/** The apps' architecture rules catch what they are written for. */
class UiArchitectureRulesTest {

  @Test
  void a_view_holding_a_list_of_entities_breaks_the_rule() {
    var result =
        UiArchitectureRules.viewsNeverHoldOrReceiveEntities()
            .evaluate(new ClassFileImporter().importClasses(ViewHoldingAnEntity.class));

    assertThat(result.hasViolation()).isTrue();
    assertThat(result.getFailureReport().toString()).contains("products holds the entity");
  }

  @Test
  void a_view_method_taking_an_entity_breaks_the_rule() {
    var result =
        UiArchitectureRules.viewsNeverHoldOrReceiveEntities()
            .evaluate(new ClassFileImporter().importClasses(ViewReceivingAnEntity.class));

    assertThat(result.hasViolation()).isTrue();
    assertThat(result.getFailureReport().toString()).contains("receives the entity");
  }

  @Test
  void a_view_with_read_models_and_an_entitys_length_constant_keeps_it() {
    var result =
        UiArchitectureRules.viewsNeverHoldOrReceiveEntities()
            .evaluate(new ClassFileImporter().importClasses(ViewWithReadModels.class));

    assertThat(result.hasViolation()).isFalse();
  }
}
