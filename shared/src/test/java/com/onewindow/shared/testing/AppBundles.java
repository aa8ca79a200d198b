package com.onewindow.shared.testing;

import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The translation bundles an app reads (shared, then the app's own), as spring.messages configures
 * them, for tests of formatters that need real texts without a Spring context.
 */
public final class AppBundles {

  private AppBundles() {}

  public static ResourceBundleMessageSource load() {
    var source = new ResourceBundleMessageSource();
    source.setBasenames("messages/shared", "messages/app");
    source.setDefaultEncoding("UTF-8");
    source.setFallbackToSystemLocale(false);
    return source;
  }
}
