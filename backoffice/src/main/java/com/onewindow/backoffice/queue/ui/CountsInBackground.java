package com.onewindow.backoffice.queue.ui;

import com.onewindow.shared.request.RequestStatus;
import com.vaadin.flow.server.Command;
import jakarta.annotation.PreDestroy;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Counts the queue per status off the UI thread. A grouped count over the head office's million
 * requests takes a second or two when the short cache misses, and a screen that waited for it would
 * freeze its grid, its filters and its live updates meanwhile; so the rows come first and the
 * counts follow through {@code ui.access}. The count runs as the signed-in user (the service checks
 * who asks and scopes the count), and an answer overtaken by a newer filter is dropped.
 */
@Component
class CountsInBackground {

  private static final Logger log = LoggerFactory.getLogger(CountsInBackground.class);

  // the counts wait on the database; a virtual thread each costs next to nothing while they wait
  private final ExecutorService executor =
      Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("queue-counts-", 0).factory());

  /** One screen's counts: each screen asks through its own, so its answers keep their order. */
  Loader forScreen(Consumer<Command> access) {
    return new Loader(access);
  }

  @PreDestroy
  void stop() {
    executor.shutdownNow();
  }

  final class Loader {

    private final Consumer<Command> access;
    private final AtomicLong latest = new AtomicLong();

    private Loader(Consumer<Command> access) {
      this.access = access;
    }

    /**
     * Starts counting and returns at once; {@code show} gets the counts in the screen's UI when
     * they are in, unless a later {@code load} started meanwhile.
     */
    void load(Supplier<Map<RequestStatus, Long>> count, Consumer<Map<RequestStatus, Long>> show) {
      long mine = latest.incrementAndGet();
      var caller = SecurityContextHolder.createEmptyContext();
      caller.setAuthentication(SecurityContextHolder.getContext().getAuthentication());
      Runnable task =
          () -> {
            Map<RequestStatus, Long> counts;
            try {
              counts = count.get();
            } catch (RuntimeException failed) {
              log.warn("The queue's counts could not be loaded", failed);
              return;
            }
            if (latest.get() != mine) {
              return;
            }
            try {
              access.accept(
                  () -> {
                    if (latest.get() == mine) {
                      show.accept(counts);
                    }
                  });
            } catch (RuntimeException screenGone) {
              // the screen was closed while counting: nobody to show the counts to
              log.debug("Queue counts arrived after the screen closed", screenGone);
            }
          };
      executor.execute(new DelegatingSecurityContextRunnable(task, caller));
    }
  }
}
