package com.onewindow.backoffice.queue.ui;

import com.onewindow.shared.live.LiveChange;
import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Hands live request changes (from any app instance, via the change feed) to the open screens that
 * asked for them. Screens register on attach and unregister on detach, and forward into their UI
 * with {@code ui.access}, where Vaadin restores the signed-in user's security context.
 */
@Component
public class LiveRequestChanges {

  private static final Logger log = LoggerFactory.getLogger(LiveRequestChanges.class);

  private final Set<Consumer<LiveChange>> listeners = new CopyOnWriteArraySet<>();

  // the delayed runs of the screens' coalesced refreshes; one daemon thread is plenty
  private final ScheduledExecutorService later =
      Executors.newSingleThreadScheduledExecutor(
          Thread.ofPlatform().daemon().name("live-request-refresh").factory());

  /** Registers a listener; run the returned handle to unregister it. */
  public Runnable listen(Consumer<LiveChange> listener) {
    listeners.add(listener);
    return () -> listeners.remove(listener);
  }

  /** Runs a task once after a delay, off the caller's thread (see {@link Coalescer}). */
  void runLater(Runnable task, Duration delay) {
    later.schedule(task, delay.toMillis(), TimeUnit.MILLISECONDS);
  }

  @PreDestroy
  void stop() {
    later.shutdownNow();
  }

  @EventListener
  void on(LiveChange change) {
    if (change.topic() == LiveChange.Topic.REQUEST) {
      for (Consumer<LiveChange> listener : listeners) {
        try {
          listener.accept(change);
        } catch (RuntimeException failed) {
          // one screen's trouble (say, closed mid-delivery) must not keep the change from the rest
          log.warn("An open queue could not take live change {}", change.id(), failed);
        }
      }
    }
  }
}
