package com.onewindow.backoffice.plan.ui;

import com.onewindow.shared.live.LiveChange;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.shared.Registration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.springframework.context.event.EventListener;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Forwards activity changes from the change feed (any instance, either app) to the open screens
 * that asked for them, each inside its own UI's lock via server push.
 */
@Component
class ActivityFeed {

  private final Map<Object, Listener> listeners = new ConcurrentHashMap<>();

  /** The screen's sign-in goes along: the services it calls scope their queries by it. */
  private record Listener(UI ui, SecurityContext security, Consumer<LiveChange> action) {

    void run(LiveChange change) {
      var previous = SecurityContextHolder.getContext();
      SecurityContextHolder.setContext(security);
      try {
        action.accept(change);
      } finally {
        SecurityContextHolder.setContext(previous);
      }
    }
  }

  /** Call from the screen's request thread (e.g. on attach), where its sign-in is known. */
  Registration register(UI ui, Consumer<LiveChange> action) {
    Object key = new Object();
    listeners.put(key, new Listener(ui, SecurityContextHolder.getContext(), action));
    return () -> listeners.remove(key);
  }

  @EventListener
  void on(LiveChange change) {
    if (change.topic() != LiveChange.Topic.ACTIVITY) {
      return;
    }
    for (Listener l : listeners.values()) {
      try {
        l.ui().access(() -> l.run(change));
      } catch (UIDetachedException closed) {
        // that screen closed meanwhile; the others still get the change
      }
    }
  }
}
