package com.onewindow.shared.request;

import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * The queue's search box, resolved before the page is asked for. A number ("2026-…") is a prefix
 * range of the number index. 10 or 12 digits are an INN, other digits the start of one, and any
 * other text a part of a company name: these look up the companies first (a small table), so a
 * single company pins the page to its own requests in submission order, and several go in as a
 * subquery.
 */
interface QueueSearch {

  QueueSearch NONE = conditions -> {};

  void addTo(QueueConditions conditions);

  static QueueSearch resolve(@Nullable String text, NamedParameterJdbcTemplate jdbc) {
    if (text == null) {
      return NONE;
    }
    if (Patterns.NUMBER.matcher(text).matches()) {
      return new NumberPrefix(text);
    }
    var company = companyCondition(text);
    List<Long> found =
        jdbc.queryForList(
            "SELECT c.id FROM company c WHERE " + company.sql() + " ORDER BY c.id LIMIT 2",
            company.params(),
            Long.class);
    return switch (found.size()) {
      case 0 -> NoMatch.INSTANCE;
      case 1 -> new OneCompany(found.getFirst());
      default -> new Companies(company);
    };
  }

  private static CompanyCondition companyCondition(String text) {
    var params = new MapSqlParameterSource("text", text);
    if (Patterns.DIGITS.matcher(text).matches()) {
      if (text.length() == 10 || text.length() == 12) {
        return new CompanyCondition("c.inn = :text", params);
      }
      return new CompanyCondition(
          "c.inn LIKE :text ESCAPE '!'", params.addValue("text", escape(text) + "%"));
    }
    return new CompanyCondition(
        "LOWER(c.legal_name) LIKE :text ESCAPE '!'",
        params.addValue("text", "%" + escape(text.toLowerCase()) + "%"));
  }

  /**
   * LIKE wildcards typed by the user match themselves. The escape character is '!', not the
   * backslash, which MySQL string literals would swallow and H2's would keep.
   */
  static String escape(String text) {
    return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
  }

  /**
   * The request number's prefix as a range of its unique index; the LIKE keeps it exact. The range
   * ends before the prefix with its last digit raised ("2026-00012" up to "2026-00013"; "…129" up
   * to "…13"): digits follow each other in every collation, unlike what comes after '9' (':' sorts
   * before the digits in utf8mb4_unicode_ci). A prefix not ending in a digit gets no end.
   */
  record NumberPrefix(String prefix) implements QueueSearch {
    @Override
    public void addTo(QueueConditions conditions) {
      conditions.numberRange(prefix, end(prefix), escape(prefix) + "%");
    }

    static @Nullable String end(String prefix) {
      String kept = prefix.replaceFirst("9+$", "");
      if (kept.isEmpty()) {
        return null;
      }
      char last = kept.charAt(kept.length() - 1);
      if (last < '0' || last > '8') {
        return null;
      }
      return kept.substring(0, kept.length() - 1) + (char) (last + 1);
    }
  }

  /** No company answers the search: the queue is empty without asking for requests. */
  enum NoMatch implements QueueSearch {
    INSTANCE;

    @Override
    public void addTo(QueueConditions conditions) {
      conditions.add("1 = 0");
    }
  }

  record OneCompany(long id) implements QueueSearch {
    @Override
    public void addTo(QueueConditions conditions) {
      conditions.company(id);
    }
  }

  record Companies(CompanyCondition company) implements QueueSearch {
    @Override
    public void addTo(QueueConditions conditions) {
      conditions.add("r.company_id IN (SELECT c.id FROM company c WHERE " + company.sql() + ")");
      company.params().getValues().forEach(conditions::param);
    }
  }

  record CompanyCondition(String sql, MapSqlParameterSource params) {}

  final class Patterns {
    static final Pattern NUMBER = Pattern.compile("\\d{4}-.*");
    static final Pattern DIGITS = Pattern.compile("\\d+");

    private Patterns() {}
  }
}
