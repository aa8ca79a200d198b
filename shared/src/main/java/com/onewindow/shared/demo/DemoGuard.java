package com.onewindow.shared.demo;

/**
 * Decides whether demo data may go into the database at hand. Demo data is made for the embedded H2
 * default; a MySQL or MariaDB database is presumed to be production and is never touched unless it
 * is explicitly declared a throwaway test database.
 */
final class DemoGuard {

  private DemoGuard() {}

  /** Whether to load, and why, in words fit for the log. */
  record Decision(boolean load, String reason) {}

  static Decision decide(DemoProperties properties, String jdbcUrl) {
    String url = withoutParameters(jdbcUrl);
    if (!properties.enabled()) {
      return new Decision(false, "onewindow.demo.enabled is false");
    }
    if (jdbcUrl.startsWith("jdbc:h2:")) {
      return new Decision(true, "the database is the embedded H2 " + url);
    }
    if (properties.allowExternalDatabase()) {
      return new Decision(
          true, "onewindow.demo.allow-external-database=true declares " + url + " a test database");
    }
    return new Decision(
        false,
        url
            + " is not an embedded H2 database and demo data never goes into a production one"
            + " (onewindow.demo.allow-external-database=true would allow it, for test databases"
            + " only)");
  }

  /** The URL without its parameters, which may carry a password. */
  static String withoutParameters(String jdbcUrl) {
    int cut = jdbcUrl.length();
    for (char separator : new char[] {'?', ';'}) {
      int at = jdbcUrl.indexOf(separator);
      if (at >= 0) {
        cut = Math.min(cut, at);
      }
    }
    return jdbcUrl.substring(0, cut);
  }
}
