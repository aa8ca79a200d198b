package com.onewindow.backoffice.queue.ui;

import com.onewindow.shared.request.RequestStatus;
import com.vaadin.flow.server.Command;
import jakarta.annotation.PreDestroy;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Counts the queue per status off the UI thread. A grouped count over the head office's million
 * requests takes a second or two when the short cache misses, and a screen that waited for it would
 * freeze its grid, its filters and its live updates meanwhile; so the rows come first and the
 * counts follow through {@code ui.access}. The count runs as the signed-in user (the service checks
 * who asks and scopes the count), and an answer overtaken by a newer filter is dropped. Each screen
 * runs one count at a time (see {@link Loader#load}).
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

    /** One asked-for count, with the user who asked for it. */
    private record Job(
        long id,
        Supplier<Map<RequestStatus, Long>> count,
        Consumer<Map<RequestStatus, Long>> show,
        Runnable failed,
        SecurityContext caller) {}

    private final Consumer<Command> access;
    private final AtomicLong latest = new AtomicLong();
    // at most one count of this screen runs; of those asked meanwhile only the latest waits its
    // turn
    private boolean running;
    private @Nullable Job waiting;

    private Loader(Consumer<Command> access) {
      this.access = access;
    }

    /**
     * Asks for the counts and returns at once; {@code show} gets them in the screen's UI when they
     * are in, unless a later {@code load} was asked meanwhile. While a count runs, further asks
     * wait, and only the newest of them runs when it is done: a screen refreshing faster than the
     * database counts costs one count at a time, not one per refresh. A count that fails runs
     * {@code failed} in the screen's UI instead (unless overtaken too), so the screen can say so
     * rather than wait forever; the next load simply tries again.
     */
    void load(
        Supplier<Map<RequestStatus, Long>> count,
        Consumer<Map<RequestStatus, Long>> show,
        Runnable failed) {
      var caller = SecurityContextHolder.createEmptyContext();
      caller.setAuthentication(SecurityContextHolder.getContext().getAuthentication());
      var job = new Job(latest.incrementAndGet(), count, show, failed, caller);
      synchronized (this) {
        if (running) {
          waiting = job;
          return;
        }
        running = true;
      }
      start(job);
    }

    private void start(Job job) {
      try {
        executor.execute(new DelegatingSecurityContextRunnable(() -> run(job), job.caller()));
      } catch (RejectedExecutionException shuttingDown) {
        synchronized (this) {
          running = false;
          waiting = null;
        }
      }
    }

    private void run(Job job) {
      try {
        if (latest.get() == job.id()) {
          countAndShow(job);
        }
      } finally {
        Job next;
        synchronized (this) {
          next = waiting;
          waiting = null;
          running = next != null;
        }
        if (next != null) {
          start(next);
        }
      }
    }

    private void countAndShow(Job job) {
      Command outcome;
      try {
        var counts = job.count().get();
        outcome = () -> job.show().accept(counts);
      } catch (RuntimeException failed) {
        log.warn("The queue's counts could not be loaded", failed);
        outcome = job.failed()::run;
      }
      if (latest.get() != job.id()) {
        return;
      }
      Command toShow = outcome;
      try {
        access.accept(
            () -> {
              if (latest.get() == job.id()) {
                toShow.execute();
              }
            });
      } catch (RuntimeException screenGone) {
        // the screen was closed while counting: nobody to show the counts to
        log.debug("Queue counts arrived after the screen closed", screenGone);
      }
    }
  }
}
