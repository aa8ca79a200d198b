package com.onewindow.shared.testing;

import com.microsoft.playwright.Page;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * Saves what the browser showed when a test failed, named after the test, so that a failure in CI
 * can be looked at: {@code @RegisterExtension ScreenshotOnFailure shots = new
 * ScreenshotOnFailure(() -> page);}
 */
public final class ScreenshotOnFailure implements TestWatcher {

  private final Supplier<Page> page;

  public ScreenshotOnFailure(Supplier<Page> page) {
    this.page = page;
  }

  @Override
  public void testFailed(ExtensionContext context, Throwable cause) {
    Page failed = page.get();
    if (failed != null && !failed.isClosed()) {
      BrowserHarness.screenshot(
          failed,
          "FAILED-"
              + context.getRequiredTestClass().getSimpleName()
              + "-"
              + context.getRequiredTestMethod().getName());
    }
  }
}
