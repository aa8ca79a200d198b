package com.onewindow.shared.testing;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

/**
 * A real Chromium for the browser tests of both apps. It uses the system's Chromium where there is
 * one (Debian's, as in CI: Playwright must not try to download its own there), and Playwright's own
 * browser elsewhere, e.g. on a developer's workstation. One per test class.
 */
public final class BrowserHarness implements AutoCloseable {

  private static final Path SYSTEM_CHROMIUM = Paths.get("/usr/bin/chromium");
  private static final Path SCREENSHOTS = Paths.get("target", "screenshots");
  private static final List<String> CLOSED_NETWORK_ARGS =
      List.of(
          "--no-sandbox",
          "--disable-gpu",
          "--disable-quic",
          "--no-first-run",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync");

  private final Playwright playwright;
  private final Browser browser;

  private BrowserHarness(Playwright playwright, Browser browser) {
    this.playwright = playwright;
    this.browser = browser;
  }

  public static BrowserHarness launch() {
    var options = new BrowserType.LaunchOptions().setHeadless(true).setArgs(CLOSED_NETWORK_ARGS);
    Playwright playwright;
    if (Files.isExecutable(SYSTEM_CHROMIUM)) {
      playwright =
          Playwright.create(
              new Playwright.CreateOptions()
                  .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
      options.setExecutablePath(SYSTEM_CHROMIUM);
    } else {
      playwright = Playwright.create();
    }
    // As long as an action waits (newPage): a busy build machine takes more than the 5 s default.
    PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
    return new BrowserHarness(playwright, playwright.chromium().launch(options));
  }

  /**
   * A fresh browser context (no cookies) on the given app, with a Russian-speaking browser as most
   * of the users have.
   */
  public Page newPage(String baseUrl) {
    return newPage(baseUrl, 1280, 800);
  }

  /**
   * As {@link #newPage(String)}, on a screen of the given size in CSS pixels, e.g. 390 × 844 for a
   * phone.
   */
  public Page newPage(String baseUrl, int width, int height) {
    BrowserContext context =
        browser.newContext(
            new Browser.NewContextOptions()
                .setBaseURL(baseUrl)
                .setLocale("ru-RU")
                .setViewportSize(width, height));
    context.setDefaultTimeout(20_000);
    return context.newPage();
  }

  /** Saves a full-page screenshot under target/screenshots, for a person to look at. */
  public static Path screenshot(Page page, String name) {
    Path file = SCREENSHOTS.resolve(name + ".png");
    page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
    return file;
  }

  @Override
  public void close() {
    browser.close();
    playwright.close();
  }
}
