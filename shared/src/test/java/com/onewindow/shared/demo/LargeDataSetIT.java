package com.onewindow.shared.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.onewindow.shared.SharedTestApplication;
import com.onewindow.shared.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The large data set at a size a test can afford. It shares the context of the other tests, so it
 * removes its rows afterwards.
 */
@SpringBootTest(classes = SharedTestApplication.class)
@TestDatabase
class LargeDataSetIT {

  private static final int N = 20_000;

  @Autowired LargeDataSet largeData;
  @Autowired JdbcTemplate jdbc;

  @Test
  void adds_requests_with_a_line_and_an_event_each_then_skips_when_there_are_enough() {
    long started = System.nanoTime();
    assertThat(largeData.ensure(N)).isEqualTo(N);
    long millis = (System.nanoTime() - started) / 1_000_000;

    assertThat(largeData.countBulkRequests()).isEqualTo(N);
    assertThat(count("request_line")).isEqualTo(N);
    assertThat(count("request_event")).isEqualTo(N);
    assertThat(
            jdbc.queryForList(
                "select distinct status from connection_request where number like ?",
                String.class,
                LargeDataSet.BULK_NUMBERS))
        .hasSizeGreaterThanOrEqualTo(8);
    assertThat(
            jdbc.queryForList(
                "select distinct channel from connection_request where number like ?",
                String.class,
                LargeDataSet.BULK_NUMBERS))
        .hasSize(5);
    // a rejection's timeline entry carries its reason, as the domain's does (V45)
    assertThat(
            jdbc.queryForObject(
                "select count(*) from request_event e join connection_request r"
                    + " on r.id = e.request_id where r.number like ? and e.type = 'REJECTED'"
                    + " and (e.reject_reason is null or e.reject_reason <> r.reject_reason)",
                Long.class,
                LargeDataSet.BULK_NUMBERS))
        .isZero();
    assertThat(largeData.ensure(N)).isZero();
    assertThat(millis).as("%d requests took %d ms", N, millis).isLessThan(60_000);
  }

  @AfterEach
  void removeBulkRequests() {
    String bulk = "select id from connection_request where number like ?";
    jdbc.update(
        "delete from request_event where request_id in (" + bulk + ")", LargeDataSet.BULK_NUMBERS);
    jdbc.update(
        "delete from request_line where request_id in (" + bulk + ")", LargeDataSet.BULK_NUMBERS);
    jdbc.update("delete from connection_request where number like ?", LargeDataSet.BULK_NUMBERS);
  }

  private long count(String child) {
    return jdbc.queryForObject(
        "select count(*) from "
            + child
            + " c join connection_request r on r.id = c.request_id where r.number like ?",
        Long.class,
        LargeDataSet.BULK_NUMBERS);
  }
}
