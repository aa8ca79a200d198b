package com.onewindow.backoffice.queue.ui;

import com.onewindow.shared.live.LiveChange;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.function.Consumer;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Hands live request changes (from any app instance, via the change feed) to the open screens that
 * asked for them. Screens register on attach and unregister on detach, and forward into their UI
 * with {@code ui.access}, where Vaadin restores the signed-in user's security context.
 */
@Component
public class LiveRequestChanges {

  private final Set<Consumer<LiveChange>> listeners = new CopyOnWriteArraySet<>();

  /** Registers a listener; run the returned handle to unregister it. */
  public Runnable listen(Consumer<LiveChange> listener) {
    listeners.add(listener);
    return () -> listeners.remove(listener);
  }

  @EventListener
  void on(LiveChange change) {
    if (change.topic() == LiveChange.Topic.REQUEST) {
      listeners.forEach(listener -> listener.accept(change));
    }
  }
}
