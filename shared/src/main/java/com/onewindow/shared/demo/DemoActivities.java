package com.onewindow.shared.demo;

import com.onewindow.shared.company.Company;
import com.onewindow.shared.crm.ActivityType;
import com.onewindow.shared.crm.Attribution;
import com.onewindow.shared.crm.FunnelProperties;
import com.onewindow.shared.demo.DemoFunnelHistory.Logged;
import com.onewindow.shared.staff.Role;
import com.onewindow.shared.staff.StaffUser;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The funnel's past months (R1, R2): every manager with targets logged calls, meetings, emails and
 * contracts on the working days before today, so the head's dashboard and each manager's week and
 * month show a working company from the first start. Tens of thousands of rows, so written as JDBC
 * batches of multi-row inserts (as {@link LargeDataSet} does), in the demo's own transaction; each
 * contract activity gets its contract record, attributed as the funnel's entry would.
 */
@Component
class DemoActivities {

  private static final int ROWS_PER_STATEMENT = 200;

  private static final MultiRowInsert<Logged> ACTIVITIES =
      new MultiRowInsert<>(
          "crm_activity",
          List.of(
              "company_id",
              "contact_id",
              "manager_id",
              "branch_id",
              "channel",
              "type",
              "occurred_at",
              "outcome",
              "created_at",
              "version"),
          ROWS_PER_STATEMENT,
          (p, a) ->
              p.id(a.company().getId())
                  .id(a.contact() == null ? null : a.contact().getId())
                  .id(a.manager().getId())
                  .id(a.manager().getBranch().getId())
                  .text(Attribution.channelOf(a.manager().getUnit()))
                  .text(a.type())
                  .time(a.at())
                  .text(a.outcome())
                  .time(a.at())
                  .id(0L));

  private static final MultiRowInsert<SignedContract> CONTRACTS =
      new MultiRowInsert<>(
          "crm_contract",
          List.of(
              "company_id",
              "contact_id",
              "activity_id",
              "number",
              "signed_on",
              "channel",
              "found_by_id",
              "carried_by_id",
              "manager_id",
              "branch_id",
              "created_at",
              "version"),
          ROWS_PER_STATEMENT,
          (p, k) ->
              p.id(k.company().getId())
                  .id(k.contactId())
                  .id(k.activityId())
                  .text(k.number())
                  .date(k.signedOn())
                  .text(k.attribution().channel())
                  .id(idOf(k.attribution().foundBy()))
                  .id(idOf(k.attribution().carriedBy()))
                  .id(k.manager().getId())
                  .id(k.company().getHomeBranch().getId())
                  .time(k.at())
                  .id(0L));

  /** A contract activity as written, with what its contract record needs. */
  private record SignedContract(
      long activityId,
      Company company,
      @Nullable Long contactId,
      StaffUser manager,
      Instant at,
      Attribution attribution,
      LocalDate signedOn,
      String number) {}

  private final JdbcTemplate jdbc;
  private final EntityManager entityManager;
  private final FunnelProperties funnel;

  DemoActivities(JdbcTemplate jdbc, EntityManager entityManager, FunnelProperties funnel) {
    this.jdbc = jdbc;
    this.entityManager = entityManager;
    this.funnel = funnel;
  }

  /** Writes the past months' activities and contracts; tells how many activities. */
  int create(DemoWorld world) {
    // the rows refer to the companies, contacts and staff the domain has saved so far
    entityManager.flush();
    var history = new DemoFunnelHistory(world);
    var logged = new ArrayList<Logged>();
    for (StaffUser manager : world.staff.values()) {
      var targets = funnel.defaultFor(manager.getUnit());
      if (!manager.hasRole(Role.HEAD) && targets.calls().signum() > 0) {
        logged.addAll(history.of(manager, targets));
      }
    }
    logged.sort(Comparator.comparing(Logged::at));
    ACTIVITIES.insert(jdbc, logged);
    CONTRACTS.insert(jdbc, contracts(world));
    return logged.size();
  }

  /** The contract activities just written, numbered through each year across the company. */
  private List<SignedContract> contracts(DemoWorld world) {
    Map<Long, Company> companies =
        world.companies.stream().collect(Collectors.toMap(Company::getId, Function.identity()));
    Map<Long, StaffUser> staff =
        world.staff.values().stream()
            .collect(Collectors.toMap(StaffUser::getId, Function.identity()));
    Map<Integer, Integer> numbers = new HashMap<>();
    return jdbc.query(
        "select id, company_id, contact_id, manager_id, occurred_at from crm_activity"
            + " where type = ? order by id",
        (rs, i) -> {
          var company = companies.get(rs.getLong(2));
          var manager = staff.get(rs.getLong(4));
          Instant at = rs.getObject(5, LocalDateTime.class).toInstant(ZoneOffset.UTC);
          LocalDate signedOn = at.atZone(company.getHomeBranch().zone()).toLocalDate();
          int number = numbers.merge(signedOn.getYear(), 1, Integer::sum);
          return new SignedContract(
              rs.getLong(1),
              company,
              rs.getObject(3, Long.class),
              manager,
              at,
              Attribution.enteredBy(manager),
              signedOn,
              "Д-%d/%02d".formatted(number, signedOn.getYear() % 100));
        },
        ActivityType.CONTRACT.name());
  }

  private static @Nullable Long idOf(@Nullable StaffUser user) {
    return user == null ? null : user.getId();
  }
}
