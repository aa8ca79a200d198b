package com.onewindow.shared.testing;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.persistence.Entity;
import java.util.Collection;

/**
 * A class neither stores an entity (a field), nor takes or returns one, nor gets one from a call,
 * nor calls one's methods: the types involved, generics included, are all checked.
 */
final class NeverHoldOrReceiveEntities extends ArchCondition<JavaClass> {

  NeverHoldOrReceiveEntities() {
    super("never hold or receive an @Entity");
  }

  @Override
  public void check(JavaClass type, ConditionEvents events) {
    for (JavaField field : type.getFields()) {
      report(events, field.getType(), field.getFullName() + " holds");
    }
    for (JavaCodeUnit unit : type.getCodeUnits()) {
      for (var parameter : unit.getParameterTypes()) {
        report(events, parameter, unit.getFullName() + " receives");
      }
      report(events, unit.getReturnType(), unit.getFullName() + " returns");
    }
    for (JavaMethodCall call : type.getMethodCallsFromSelf()) {
      report(events, call.getTarget().getRawReturnType(), call.getDescription() + " gets");
    }
  }

  private static void report(ConditionEvents events, JavaType type, String what) {
    Collection<JavaClass> involved = type.getAllInvolvedRawTypes();
    for (JavaClass raw : involved) {
      if (raw.isAnnotatedWith(Entity.class)) {
        events.add(SimpleConditionEvent.violated(raw, what + " the entity " + raw.getName()));
      }
    }
  }
}
