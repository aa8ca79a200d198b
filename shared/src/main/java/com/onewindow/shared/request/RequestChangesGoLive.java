package com.onewindow.shared.request;

import com.onewindow.shared.live.ChangeFeed;
import com.onewindow.shared.live.LiveChange;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Every state change of a request goes to the change feed in the same transaction, so queues and
 * "my requests" in every running instance of either app can show it at once.
 */
@Component
class RequestChangesGoLive {

  private final ChangeFeed feed;

  RequestChangesGoLive(ChangeFeed feed) {
    this.feed = feed;
  }

  @EventListener
  void on(RequestStatusChanged change) {
    if (change.requestId() != null) {
      feed.publish(
          LiveChange.Topic.REQUEST, change.requestId(), change.branchId(), change.companyId());
    }
  }
}
