package com.onewindow.shared.testing;

import static org.assertj.core.api.Assertions.fail;

import jakarta.persistence.Entity;
import java.lang.reflect.RecordComponent;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.domain.Page;

/**
 * Checks that a read model handed to a view holds nothing of the persistence context: no entity, no
 * lazy collection, no proxy. Such a thing fails (or worse, half works) once the view reads it after
 * the service's transaction has closed.
 */
public final class Detached {

  private Detached() {}

  /** Walks records, collections, maps, optionals and pages; fails on the first attached part. */
  public static void assertDetached(Object readModel) {
    walk(readModel, "result", Collections.newSetFromMap(new IdentityHashMap<>()));
  }

  private static void walk(Object value, String path, Set<Object> seen) {
    if (value == null || !seen.add(value)) {
      return;
    }
    Class<?> type = value.getClass();
    if (type.getName().startsWith("org.hibernate.")
        || type.isAnnotationPresent(Entity.class)
        || (type.getSuperclass() != null
            && type.getSuperclass().isAnnotationPresent(Entity.class))) {
      fail("%s is %s, a part of the persistence context, not a read model", path, type.getName());
    }
    switch (value) {
      case Page<?> page -> walk(page.getContent(), path + ".content", seen);
      case Optional<?> optional -> optional.ifPresent(v -> walk(v, path + ".get()", seen));
      case Map<?, ?> map ->
          map.forEach(
              (k, v) -> {
                walk(k, path + ".key", seen);
                walk(v, path + "[" + k + "]", seen);
              });
      case Iterable<?> items -> {
        int i = 0;
        for (Object item : items) {
          walk(item, path + "[" + i++ + "]", seen);
        }
      }
      default -> {
        if (type.isRecord()) {
          for (RecordComponent component : type.getRecordComponents()) {
            walk(read(component, value), path + "." + component.getName(), seen);
          }
        }
      }
    }
  }

  private static Object read(RecordComponent component, Object record) {
    try {
      var accessor = component.getAccessor();
      accessor.setAccessible(true);
      return accessor.invoke(record);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot read " + component, e);
    }
  }
}
