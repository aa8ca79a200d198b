package com.onewindow.backoffice.queue.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.onewindow.shared.live.LiveChange;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Every open queue gets a live change, even when another one fails to take it. */
class LiveRequestChangesTest {

  private final LiveRequestChanges live = new LiveRequestChanges();

  @AfterEach
  void stop() {
    live.stop();
  }

  @Test
  void a_screen_that_fails_keeps_the_change_from_no_other_screen() {
    List<LiveChange> received = new ArrayList<>();
    live.listen(
        change -> {
          throw new IllegalStateException("screen closed mid-delivery");
        });
    live.listen(received::add);
    var change =
        new LiveChange(
            1L, LiveChange.Topic.REQUEST, 42L, 7L, 9L, Instant.parse("2026-03-02T07:00:00Z"));

    live.on(change);

    assertThat(received).containsExactly(change);
  }
}
