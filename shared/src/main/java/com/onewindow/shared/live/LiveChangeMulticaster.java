package com.onewindow.shared.live;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.context.event.SimpleApplicationEventMulticaster;
import org.springframework.context.support.AbstractApplicationContext;
import org.springframework.stereotype.Component;

/**
 * Delivers events as Spring's default multicaster does, except that a live change reaches every
 * listener even if one of them fails. The poller publishes a change once and marks it seen: a
 * screen that went away mid-delivery (or any other broken listener) would otherwise keep the change
 * from every listener after it, in every open screen, for good. Other events keep the default
 * behaviour, where a listener's exception reaches the publisher (and may roll its work back).
 */
@Component(AbstractApplicationContext.APPLICATION_EVENT_MULTICASTER_BEAN_NAME)
class LiveChangeMulticaster extends SimpleApplicationEventMulticaster {

  private static final Logger log = LoggerFactory.getLogger(LiveChangeMulticaster.class);

  @Override
  protected void invokeListener(ApplicationListener<?> listener, ApplicationEvent event) {
    if (!(event instanceof PayloadApplicationEvent<?> payload
        && payload.getPayload() instanceof LiveChange change)) {
      super.invokeListener(listener, event);
      return;
    }
    try {
      super.invokeListener(listener, event);
    } catch (RuntimeException failed) {
      log.warn("A listener failed on live change {}; the others still get it", change.id(), failed);
    }
  }
}
