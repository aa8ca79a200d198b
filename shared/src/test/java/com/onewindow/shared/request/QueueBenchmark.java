package com.onewindow.shared.request;

import com.onewindow.shared.SharedTestApplication;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.TestPropertySource;

/**
 * Times the queue (B1) over the large data set. Not part of the build (the name matches neither
 * *Test nor *IT); run it by hand:
 *
 * <pre>
 * ./mvnw -B -pl shared test -Dtest=QueueBenchmark -Dbench.requests=1000000
 * </pre>
 *
 * By default the database is an H2 file in /tmp/onewindow-bench, which stays, so a second run
 * measures without generating again. For MariaDB or MySQL add {@code
 * -Dbench.url=jdbc:mariadb://127.0.0.1:3306/onewindow_bench -Dbench.user=onewindow
 * -Dbench.password=onewindow} (a throwaway database: the demo data goes into it).
 *
 * <p>Each query runs once cold, then {@value #RUNS} times. H2's result cache is off here
 * (QUERY_CACHE_SIZE=0): it would answer the repeated runs without reading a row.
 */
@SpringBootTest(
    classes = SharedTestApplication.class,
    properties = {
      "spring.datasource.url=${bench.url:jdbc:h2:file:/tmp/onewindow-bench/onewindow;MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;IGNORECASE=TRUE;QUERY_CACHE_SIZE=0}",
      "spring.datasource.username=${bench.user:sa}",
      "spring.datasource.password=${bench.password:}",
      "onewindow.demo.allow-external-database=true",
      "onewindow.demo.large-requests=${bench.requests:1000000}",
      "onewindow.mail.dispatch-initial-delay=PT24H",
      "onewindow.live.poll-interval=PT1H"
    })
@TestPropertySource(locations = "classpath:onewindow-shared.properties")
class QueueBenchmark {

  private static final int RUNS = 7;
  private static final PageRequest FIRST_PAGE =
      PageRequest.of(0, 50, Sort.by(Sort.Direction.DESC, "submittedAt"));

  @Autowired RequestQueueService queue;
  @Autowired QueueCounts counts;
  @Autowired JdbcTemplate jdbc;
  @Autowired UserDetailsService staffUserDetailsService;

  @Test
  void time_the_queue() {
    long total = jdbc.queryForObject("select count(*) from connection_request", Long.class);
    String inn =
        jdbc.queryForObject(
            "select c.inn from company c join connection_request r on r.company_id = c.id"
                + " group by c.inn order by count(*) limit 1",
            String.class);
    String database =
        jdbc.execute(
            (ConnectionCallback<String>)
                c ->
                    c.getMetaData().getDatabaseProductName()
                        + " "
                        + c.getMetaData().getDatabaseProductVersion());
    System.out.printf("%n=== Queue benchmark over %,d requests on %s%n", total, database);

    signIn("tech.hq");
    measure(
        "head office, first page (all branches, newest first)",
        () -> queue.page(QueueFilter.everything(), FIRST_PAGE));
    measure(
        "head office, page 200 (offset 10,000)",
        () -> queue.page(QueueFilter.everything(), PageRequest.of(200, 50, FIRST_PAGE.getSort())));
    var filtered =
        new QueueFilter(
            EnumSet.of(RequestStatus.SUBMITTED, RequestStatus.IN_REVIEW),
            null,
            Channel.INBOUND,
            false,
            true,
            false,
            null);
    measure(
        "head office, filtered page (submitted+in review, inbound, unassigned)",
        () -> queue.page(filtered, FIRST_PAGE));
    measure(
        "head office, overdue page",
        () ->
            queue.page(
                new QueueFilter(
                    EnumSet.noneOf(RequestStatus.class), null, null, false, false, true, null),
                FIRST_PAGE));
    measure(
        "head office, search by INN " + inn,
        () -> queue.page(QueueFilter.everything().withSearch(inn), FIRST_PAGE));
    measure(
        "head office, search by company name \"отель\"",
        () -> queue.page(QueueFilter.everything().withSearch("отель"), FIRST_PAGE));
    measure(
        "head office, search by number prefix \"2025-L00012\"",
        () -> queue.page(QueueFilter.everything().withSearch("2025-L00012"), FIRST_PAGE));
    measureUncachedCounts("head office, counts per status (uncached)", QueueFilter.everything());

    signIn("tech.saratov");
    measure(
        "Saratov technician, first page", () -> queue.page(QueueFilter.everything(), FIRST_PAGE));
    measure(
        "Saratov technician, filtered page (submitted, overdue)",
        () ->
            queue.page(
                new QueueFilter(
                    EnumSet.of(RequestStatus.SUBMITTED), null, null, false, false, true, null),
                FIRST_PAGE));
    measureUncachedCounts(
        "Saratov technician, counts per status (uncached)", QueueFilter.everything());
    measure(
        "Saratov technician, counts per status (cached)",
        () -> queue.countsByStatus(QueueFilter.everything()));
  }

  private void measureUncachedCounts(String what, QueueFilter filter) {
    measure(
        what,
        () -> {
          counts.clear();
          return queue.countsByStatus(filter);
        });
  }

  private void signIn(String username) {
    var user = staffUserDetailsService.loadUserByUsername(username);
    SecurityContextHolder.getContext()
        .setAuthentication(
            UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
  }

  private static void measure(String what, Supplier<?> query) {
    long first = time(query);
    List<Long> warm = new ArrayList<>();
    Object result = null;
    for (int i = 0; i < RUNS; i++) {
      long started = System.nanoTime();
      result = query.get();
      warm.add((System.nanoTime() - started) / 1_000);
    }
    Collections.sort(warm);
    int size = result instanceof List<?> list ? list.size() : -1;
    System.out.printf(
        "%-75s first %7.1f ms   median %7.1f ms   max %7.1f ms   rows %d%n",
        what, first / 1000.0, warm.get(RUNS / 2) / 1000.0, warm.getLast() / 1000.0, size);
  }

  private static long time(Supplier<?> query) {
    long started = System.nanoTime();
    query.get();
    return (System.nanoTime() - started) / 1_000;
  }
}
