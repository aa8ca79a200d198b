package com.onewindow.shared.request;

import static org.assertj.core.api.Assertions.assertThat;

import com.onewindow.shared.SharedTestApplication;
import com.onewindow.shared.testing.MutableClock;
import com.onewindow.shared.testing.SignedIn;
import com.onewindow.shared.testing.TestDatabase;
import com.onewindow.shared.testing.TestRequests;
import java.time.Duration;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The queue (B1) against the real database: scope, filters, search, counts. */
@SpringBootTest(classes = SharedTestApplication.class)
@TestDatabase
class RequestQueueIT {

  private static final PageRequest PAGE =
      PageRequest.of(0, 200, Sort.by(Sort.Direction.DESC, "submittedAt"));

  @Autowired RequestQueueService queue;
  @Autowired RequestWorkflowService workflow;
  @Autowired RequestDetailService details;
  @Autowired QueueCounts counts;
  @Autowired MutableClock clock;
  @Autowired ApplicationContext context;
  @Autowired JdbcTemplate jdbc;

  @Autowired
  @Qualifier("staffUserDetailsService")
  UserDetailsService staffUsers;

  TestRequests requests;
  SignedIn signedIn;

  /** The requests made here queue status mails; the shared context's other tests count mails. */
  @AfterEach
  void emptyTheOutbox() {
    jdbc.update("delete from outbox_message");
  }

  @BeforeEach
  void setUp() {
    requests = new TestRequests(context);
    signedIn = new SignedIn(staffUsers);
    counts.clear();
  }

  @Test
  void a_technician_of_another_branch_does_not_see_the_request_in_the_queue() throws Exception {
    var made = requests.submitted("SAR", Channel.ONLINE);

    assertThat(ids("tech.saratov", QueueFilter.everything())).contains(made.id());
    assertThat(ids("tech.perm", QueueFilter.everything())).doesNotContain(made.id());
    assertThat(ids("tech.hq", QueueFilter.everything())).contains(made.id());
  }

  @Test
  void a_branch_technician_cannot_widen_the_scope_by_choosing_another_branch() throws Exception {
    var made = requests.submitted("SAR", Channel.ONLINE);
    long saratov = branchOf(made);
    var filter = new QueueFilter(Set.of(), saratov, null, false, false, false, null);

    assertThat(ids("tech.perm", filter)).doesNotContain(made.id());
    assertThat(ids("tech.hq", filter)).contains(made.id());
  }

  @Test
  void the_queue_finds_a_request_by_number_by_inn_and_by_part_of_the_company_name()
      throws Exception {
    var made = requests.submitted("SAR", Channel.DIRECT);
    String namePart = made.companyName().substring(5, 12).toLowerCase();

    assertThat(ids("tech.saratov", QueueFilter.everything().withSearch(made.number())))
        .containsExactly(made.id());
    assertThat(ids("tech.saratov", QueueFilter.everything().withSearch(made.inn())))
        .containsExactly(made.id());
    assertThat(ids("tech.saratov", QueueFilter.everything().withSearch(namePart)))
        .contains(made.id());
    assertThat(ids("tech.perm", QueueFilter.everything().withSearch(made.inn()))).isEmpty();
  }

  @Test
  void several_statuses_at_once_and_a_channel_narrow_the_queue() throws Exception {
    var submitted = requests.submitted("SAR", Channel.SERVICE);
    var claimed = requests.submitted("SAR", Channel.SERVICE);
    signedIn.run(
        "tech.saratov",
        () -> workflow.claim(claimed.id(), details.details(claimed.id()).version()));
    var both =
        new QueueFilter(
            EnumSet.of(RequestStatus.SUBMITTED, RequestStatus.IN_REVIEW),
            null,
            Channel.SERVICE,
            false,
            false,
            false,
            null);

    List<QueueRow> rows = rows("tech.saratov", both);
    assertThat(rows).extracting(QueueRow::id).contains(submitted.id(), claimed.id());
    assertThat(rows).allSatisfy(r -> assertThat(r.channel()).isEqualTo(Channel.SERVICE));
    assertThat(ids("tech.saratov", both.withStatuses(EnumSet.of(RequestStatus.IN_REVIEW))))
        .contains(claimed.id())
        .doesNotContain(submitted.id());
  }

  @Test
  void mine_and_unassigned_split_the_queue_by_assignee() throws Exception {
    var open = requests.submitted("SAR", Channel.ONLINE);
    var taken = requests.submitted("SAR", Channel.ONLINE);
    signedIn.run(
        "tech.saratov", () -> workflow.claim(taken.id(), details.details(taken.id()).version()));
    var mine = new QueueFilter(Set.of(), null, null, true, false, false, null);
    var unassigned = new QueueFilter(Set.of(), null, null, false, true, false, null);

    assertThat(ids("tech.saratov", mine)).contains(taken.id()).doesNotContain(open.id());
    assertThat(ids("tech.saratov", unassigned)).contains(open.id()).doesNotContain(taken.id());
    assertThat(ids("tech.hq", mine)).doesNotContain(taken.id());
  }

  @Test
  void an_unanswered_request_becomes_overdue_after_its_channels_first_response_target()
      throws Exception {
    var made = requests.submitted("SAR", Channel.KEY_ACCOUNT);
    var overdue = new QueueFilter(Set.of(), null, null, false, false, true, null);
    assertThat(ids("tech.saratov", overdue)).doesNotContain(made.id());

    clock.advance(Duration.ofHours(2).plusMinutes(1));
    try {
      assertThat(ids("tech.saratov", overdue)).contains(made.id());
      assertThat(rows("tech.saratov", QueueFilter.everything().withSearch(made.number())))
          .singleElement()
          .returns(SlaState.OVERDUE, QueueRow::slaState);
    } finally {
      clock.advance(Duration.ofHours(-2).minusMinutes(1));
    }
  }

  @Test
  void counts_per_status_include_a_new_request_once_the_short_cache_is_refreshed()
      throws Exception {
    long before =
        signedIn.as(
            "tech.saratov",
            () ->
                queue
                    .countsByStatus(QueueFilter.everything())
                    .getOrDefault(RequestStatus.SUBMITTED, 0L));
    requests.submitted("SAR", Channel.ONLINE);
    counts.clear();

    long after =
        signedIn.as(
            "tech.saratov",
            () ->
                queue
                    .countsByStatus(QueueFilter.everything())
                    .getOrDefault(RequestStatus.SUBMITTED, 0L));
    assertThat(after).isEqualTo(before + 1);
  }

  @Test
  void pages_follow_each_other_without_gaps_or_repeats() throws Exception {
    List<Long> first =
        signedIn.as(
            "tech.hq",
            () ->
                queue.page(QueueFilter.everything(), PageRequest.of(0, 20, PAGE.getSort())).stream()
                    .map(QueueRow::id)
                    .toList());
    List<Long> second =
        signedIn.as(
            "tech.hq",
            () ->
                queue.page(QueueFilter.everything(), PageRequest.of(1, 20, PAGE.getSort())).stream()
                    .map(QueueRow::id)
                    .toList());
    List<Long> both =
        signedIn.as(
            "tech.hq",
            () ->
                queue.page(QueueFilter.everything(), PageRequest.of(0, 40, PAGE.getSort())).stream()
                    .map(QueueRow::id)
                    .toList());

    assertThat(first).hasSize(20);
    assertThat(both).containsExactlyElementsOf(concat(first, second));
  }

  private static List<Long> concat(List<Long> a, List<Long> b) {
    var all = new java.util.ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  @Test
  void new_arrivals_are_numbered_in_one_go_within_the_callers_scope_and_only_if_submitted()
      throws Exception {
    var saratov = requests.submitted("SAR", Channel.ONLINE);
    var perm = requests.submitted("PRM", Channel.ONLINE);
    var taken = requests.submitted("SAR", Channel.ONLINE);
    signedIn.as(
        "tech.saratov",
        () -> {
          workflow.claim(taken.id(), details.details(taken.id()).version());
          return null;
        });
    var changed = List.of(perm.id(), taken.id(), saratov.id(), 999_999_999L);

    assertThat(signedIn.as("tech.saratov", () -> queue.newArrivalNumbers(changed)))
        .as("own branch only, and not the request already taken up")
        .containsExactly(saratov.number());
    assertThat(signedIn.as("tech.perm", () -> queue.newArrivalNumbers(changed)))
        .containsExactly(perm.number());
    assertThat(signedIn.as("tech.hq", () -> queue.newArrivalNumbers(changed)))
        .as("the head office sees every branch, sorted")
        .containsExactly(
            java.util.stream.Stream.of(saratov.number(), perm.number())
                .sorted()
                .toArray(String[]::new));
    assertThat(signedIn.as("tech.hq", () -> queue.newArrivalNumbers(List.of()))).isEmpty();
  }

  private long branchOf(TestRequests.Made made) throws Exception {
    return signedIn.as(
        "tech.hq",
        () ->
            queue.branchChoices().stream()
                .filter(b -> b.name().ru().contains("Саратов"))
                .findFirst()
                .orElseThrow()
                .id());
  }

  /**
   * Each filter reads its page through its own index (QueueOrder names it): each must exist on this
   * database, and each page must hold only the filter's rows, newest first, in either direction.
   */
  @Test
  void every_index_walk_gives_the_filters_rows_in_submission_order() throws Exception {
    var made = requests.submitted("SAR", Channel.DIRECT);
    signedIn.run(
        "tech.saratov", () -> workflow.claim(made.id(), details.details(made.id()).version()));
    var everything = QueueFilter.everything();
    // each filter, and whether the claimed request (Saratov, DIRECT, in review) is among its rows
    Map<QueueFilter, Boolean> filters = new LinkedHashMap<>();
    filters.put(everything, true);
    filters.put(new QueueFilter(Set.of(), null, null, true, false, false, null), true);
    filters.put(new QueueFilter(Set.of(), null, Channel.DIRECT, false, false, false, null), true);
    filters.put(everything.withStatuses(EnumSet.of(RequestStatus.SUBMITTED)), false);
    filters.put(
        everything.withStatuses(EnumSet.of(RequestStatus.SUBMITTED, RequestStatus.IN_REVIEW)),
        true);
    filters.put(new QueueFilter(Set.of(), null, null, false, false, true, null), false);
    filters.put(everything.withSearch(made.inn()), true);
    filters.put(everything.withSearch(made.number().substring(0, 6)), true);
    var newestFirst =
        Comparator.comparing(QueueRow::submittedAt).thenComparing(QueueRow::id).reversed();
    for (var entry : filters.entrySet()) {
      QueueFilter filter = entry.getKey();
      for (Sort.Direction direction : Sort.Direction.values()) {
        var page = PageRequest.of(0, 30, Sort.by(direction, "submittedAt"));
        List<QueueRow> rows = signedIn.as("tech.saratov", () -> queue.page(filter, page));
        String what = filter + " " + direction;
        assertThat(rows)
            .as(what)
            .isSortedAccordingTo(direction.isDescending() ? newestFirst : newestFirst.reversed())
            .allSatisfy(r -> assertThat(r.branchName().ru()).contains("Саратов"))
            .allSatisfy(
                r ->
                    assertThat(
                            filter.statuses().isEmpty() || filter.statuses().contains(r.status()))
                        .isTrue())
            .allSatisfy(
                r ->
                    assertThat(filter.channel() == null || filter.channel() == r.channel())
                        .isTrue());
        if (direction.isDescending()) {
          assertThat(rows.stream().map(QueueRow::id).toList().contains(made.id()))
              .as(what)
              .isEqualTo(entry.getValue());
        }
      }
      // the head office walks the indexes without a branch
      var page = PageRequest.of(0, 30, PAGE.getSort());
      assertThat(signedIn.as("tech.hq", () -> queue.page(filter, page)))
          .as("head office " + filter)
          .isSortedAccordingTo(newestFirst);
    }
  }

  /**
   * Found by its whole number and by a prefix, also when the number ends in 9 (see QueueSearch).
   */
  @Test
  void a_number_ending_in_nine_is_found_whole_and_by_its_prefix() throws Exception {
    var made = requests.submitted("SAR", Channel.DIRECT);
    for (int i = 0; i < 10 && !made.number().endsWith("9"); i++) {
      made = requests.submitted("SAR", Channel.DIRECT);
    }
    String number = made.number();
    assertThat(number).endsWith("9");

    assertThat(ids("tech.hq", QueueFilter.everything().withSearch(number)))
        .containsExactly(made.id());
    assertThat(ids("tech.hq", QueueFilter.everything().withSearch(number.substring(0, 9))))
        .contains(made.id());
  }

  @Test
  void wildcards_typed_into_the_search_match_themselves() throws Exception {
    requests.submitted("SAR", Channel.DIRECT);
    assertThat(ids("tech.hq", QueueFilter.everything().withSearch("%"))).isEmpty();
    assertThat(ids("tech.hq", QueueFilter.everything().withSearch("_"))).isEmpty();
    assertThat(ids("tech.hq", QueueFilter.everything().withSearch("2026-%"))).isEmpty();
  }

  private List<Long> ids(String user, QueueFilter filter) throws Exception {
    return rows(user, filter).stream().map(QueueRow::id).toList();
  }

  private List<QueueRow> rows(String user, QueueFilter filter) throws Exception {
    return signedIn.as(user, () -> queue.page(filter, PAGE));
  }
}
