package com.onewindow.shared.demo;

import com.onewindow.shared.request.Channel;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The demo data the large data set hangs its rows on, read once with plain SQL: sites with their
 * companies and branches, a contact per company, technicians per branch, sellers per channel and
 * the internet speeds with their prices.
 */
record LargeReference(
    List<SiteRef> sites,
    Map<Long, ContactRef> contacts,
    Map<Long, List<PersonRef>> technicians,
    Map<Channel, List<PersonRef>> sellers,
    Map<Long, ZoneId> zones,
    List<OptionRef> internet) {

  record SiteRef(long id, long companyId, long branchId, boolean federal) {}

  record ContactRef(String name, String phone, String email) {}

  record PersonRef(long id, String name) {}

  record OptionRef(long productId, long optionId, BigDecimal monthly, BigDecimal oneTime) {}

  boolean usable() {
    return !sites.isEmpty()
        && !internet.isEmpty()
        && sites.stream().allMatch(s -> contacts.containsKey(s.companyId()))
        && sites.stream().allMatch(s -> technicians.containsKey(s.branchId()))
        && sellers.size() == Channel.values().length;
  }

  static LargeReference load(JdbcTemplate jdbc) {
    var sites =
        jdbc.query(
            "select s.id, s.company_id, s.branch_id, c.federal from site s"
                + " join company c on c.id = s.company_id order by s.id",
            (rs, i) -> new SiteRef(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getBoolean(4)));
    Map<Long, ContactRef> contacts = new HashMap<>();
    jdbc.query(
        "select company_id, full_name, phone, email from contact"
            + " where phone is not null and email is not null order by id",
        rs -> {
          contacts.putIfAbsent(
              rs.getLong(1), new ContactRef(rs.getString(2), rs.getString(3), rs.getString(4)));
        });
    Map<Long, List<PersonRef>> technicians = new HashMap<>();
    Map<Channel, List<PersonRef>> sellers = new EnumMap<>(Channel.class);
    jdbc.query(
        "select u.id, u.full_name, u.branch_id, u.unit, r.role from staff_user u"
            + " join staff_user_role r on r.staff_user_id = u.id where u.enabled = true order by u.id",
        rs -> {
          var person = new PersonRef(rs.getLong(1), rs.getString(2));
          String unit = rs.getString(4);
          String role = rs.getString(5);
          if (role.equals("TECHNICIAN")) {
            technicians.computeIfAbsent(rs.getLong(3), b -> new ArrayList<>()).add(person);
          } else if (!role.equals("HEAD") && !role.equals("ADMIN") && !unit.equals("TECHNICAL")) {
            sellers.computeIfAbsent(Channel.valueOf(unit), c -> new ArrayList<>()).add(person);
          }
        });
    Map<Long, ZoneId> zones = new HashMap<>();
    jdbc.query(
        "select id, time_zone from branch",
        rs -> {
          zones.put(rs.getLong(1), ZoneId.of(rs.getString(2)));
        });
    var internet =
        jdbc.query(
            "select p.id, o.id, p.monthly_price + o.monthly_price, p.one_time_price + o.one_time_price"
                + " from product_option o join product p on p.id = o.product_id"
                + " where p.code = ? order by o.sort_order",
            (rs, i) ->
                new OptionRef(
                    rs.getLong(1), rs.getLong(2), rs.getBigDecimal(3), rs.getBigDecimal(4)),
            DemoCatalog.INTERNET_CODE);
    return new LargeReference(sites, contacts, technicians, sellers, zones, internet);
  }
}
