package com.onewindow.shared.request;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many installations a branch's crews can take per date and time window (setting {@code
 * onewindow.scheduling.slots-per-window}); scheduling refuses a full window.
 */
@ConfigurationProperties("onewindow.scheduling")
public record InstallSlots(@DefaultValue("4") int slotsPerWindow) {}
