package com.onewindow.shared.demo;

import static com.onewindow.shared.demo.DemoCity.KAZAN;
import static com.onewindow.shared.demo.DemoCity.MOSCOW;
import static com.onewindow.shared.demo.DemoCity.NOVOSIBIRSK;
import static com.onewindow.shared.demo.DemoCity.PERM;
import static com.onewindow.shared.demo.DemoCity.SARATOV;
import static com.onewindow.shared.demo.DemoCity.VLADIVOSTOK;
import static com.onewindow.shared.demo.DemoCity.YEKATERINBURG;
import static com.onewindow.shared.staff.Role.ADMIN;
import static com.onewindow.shared.staff.Role.HEAD;
import static com.onewindow.shared.staff.Role.INBOUND_AGENT;
import static com.onewindow.shared.staff.Role.KEY_ACCOUNT_MANAGER;
import static com.onewindow.shared.staff.Role.SALES_MANAGER;
import static com.onewindow.shared.staff.Role.SERVICE_MANAGER;
import static com.onewindow.shared.staff.Role.TECHNICIAN;

import com.onewindow.shared.staff.Role;
import com.onewindow.shared.staff.StaffUser;
import com.onewindow.shared.staff.StaffUsers;
import com.onewindow.shared.staff.Unit;
import java.util.EnumSet;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The operator's staff: one account per role that other code and the browser tests sign in with
 * (see docs/demo-logins.txt), and the colleagues a real branch network has besides. All share the
 * demo password. Heads come before the people who report to them.
 */
@Component
class DemoStaff {

  static final String PASSWORD = "demo12345";

  private record Member(
      String username,
      String fullName,
      Unit unit,
      String branch,
      Role role,
      @Nullable String head) {}

  private static final List<Member> MEMBERS =
      List.of(
          new Member("admin", "Соколов Дмитрий Андреевич", Unit.TECHNICAL, MOSCOW, ADMIN, null),
          new Member("tech.hq", "Егоров Максим Олегович", Unit.TECHNICAL, MOSCOW, TECHNICIAN, null),
          new Member(
              "head.kam", "Медведев Андрей Николаевич", Unit.KEY_ACCOUNT, MOSCOW, HEAD, null),
          new Member(
              "kam.moscow",
              "Белова Наталья Викторовна",
              Unit.KEY_ACCOUNT,
              MOSCOW,
              KEY_ACCOUNT_MANAGER,
              "head.kam"),
          new Member("online.hq", "Титов Артём Игоревич", Unit.ONLINE, MOSCOW, SALES_MANAGER, null),
          new Member(
              "sales.moscow", "Комаров Олег Сергеевич", Unit.DIRECT, MOSCOW, SALES_MANAGER, null),
          new Member(
              "service.moscow",
              "Фролова Ксения Дмитриевна",
              Unit.SERVICE,
              MOSCOW,
              SERVICE_MANAGER,
              null),
          // The inbound desk answers the single central number; it sits in Perm, in shifts.
          new Member("head.inbound", "Гусева Татьяна Юрьевна", Unit.INBOUND, PERM, HEAD, null),
          new Member(
              "inbound.perm",
              "Лебедева Юлия Андреевна",
              Unit.INBOUND,
              PERM,
              INBOUND_AGENT,
              "head.inbound"),
          new Member(
              "inbound.perm2",
              "Ершов Роман Павлович",
              Unit.INBOUND,
              PERM,
              INBOUND_AGENT,
              "head.inbound"),
          new Member(
              "tech.perm", "Калинин Сергей Михайлович", Unit.TECHNICAL, PERM, TECHNICIAN, null),
          new Member(
              "sales.perm", "Никитин Евгений Алексеевич", Unit.DIRECT, PERM, SALES_MANAGER, null),
          new Member(
              "service.perm",
              "Степанова Марина Олеговна",
              Unit.SERVICE,
              PERM,
              SERVICE_MANAGER,
              null),
          new Member("head.saratov", "Тарасов Владимир Иванович", Unit.DIRECT, SARATOV, HEAD, null),
          new Member(
              "sales.saratov",
              "Воробьёв Алексей Николаевич",
              Unit.DIRECT,
              SARATOV,
              SALES_MANAGER,
              "head.saratov"),
          new Member(
              "service.saratov",
              "Киселёва Елена Викторовна",
              Unit.SERVICE,
              SARATOV,
              SERVICE_MANAGER,
              "head.saratov"),
          new Member(
              "tech.saratov", "Жуков Павел Сергеевич", Unit.TECHNICAL, SARATOV, TECHNICIAN, null),
          new Member(
              "tech.ekb",
              "Яковлев Игорь Владимирович",
              Unit.TECHNICAL,
              YEKATERINBURG,
              TECHNICIAN,
              null),
          new Member(
              "sales.ekb",
              "Григорьева Анна Михайловна",
              Unit.DIRECT,
              YEKATERINBURG,
              SALES_MANAGER,
              null),
          new Member(
              "service.ekb",
              "Беляев Денис Александрович",
              Unit.SERVICE,
              YEKATERINBURG,
              SERVICE_MANAGER,
              null),
          new Member(
              "tech.nsk",
              "Захаров Николай Петрович",
              Unit.TECHNICAL,
              NOVOSIBIRSK,
              TECHNICIAN,
              null),
          new Member(
              "sales.nsk",
              "Романова Светлана Игоревна",
              Unit.DIRECT,
              NOVOSIBIRSK,
              SALES_MANAGER,
              null),
          new Member(
              "service.nsk",
              "Сергеев Кирилл Андреевич",
              Unit.SERVICE,
              NOVOSIBIRSK,
              SERVICE_MANAGER,
              null),
          new Member(
              "tech.kazan", "Хайруллин Ренат Ильдарович", Unit.TECHNICAL, KAZAN, TECHNICIAN, null),
          new Member(
              "sales.kazan", "Гарипова Лилия Маратовна", Unit.DIRECT, KAZAN, SALES_MANAGER, null),
          new Member(
              "service.kazan",
              "Сафин Тимур Рустемович",
              Unit.SERVICE,
              KAZAN,
              SERVICE_MANAGER,
              null),
          new Member(
              "tech.vladivostok",
              "Осипов Глеб Романович",
              Unit.TECHNICAL,
              VLADIVOSTOK,
              TECHNICIAN,
              null),
          new Member(
              "sales.vladivostok",
              "Данилова Вера Сергеевна",
              Unit.DIRECT,
              VLADIVOSTOK,
              SALES_MANAGER,
              null),
          new Member(
              "service.vladivostok",
              "Панов Артур Евгеньевич",
              Unit.SERVICE,
              VLADIVOSTOK,
              SERVICE_MANAGER,
              null));

  private final StaffUsers staffUsers;

  DemoStaff(StaffUsers staffUsers) {
    this.staffUsers = staffUsers;
  }

  void create(DemoWorld world) {
    int extension = 10;
    for (Member member : MEMBERS) {
      var city = DemoCity.byCode(member.branch());
      var person = DemoPeople.parse(member.fullName());
      var user =
          new StaffUser(
                  member.username(),
                  world.passwordHash,
                  member.fullName(),
                  person.email("onewindow.example"),
                  member.unit(),
                  world.branch(member.branch()),
                  EnumSet.of(member.role()))
              .withPhone(officePhone(city, extension++));
      if (member.head() != null) {
        user.reportingTo(world.staff(member.head()));
      }
      world.staff.put(member.username(), staffUsers.save(user));
    }
  }

  /** The member of a unit in a branch, or of the same unit anywhere if the branch has none. */
  static StaffUser of(DemoWorld world, Unit unit, String branchCode, Role role) {
    var inUnit =
        world.staff.values().stream().filter(u -> u.getUnit() == unit && u.hasRole(role)).toList();
    return inUnit.stream()
        .filter(u -> u.getBranch().getCode().equals(branchCode))
        .findFirst()
        .orElseGet(() -> inUnit.getFirst());
  }

  private static String officePhone(DemoCity city, int extension) {
    String exchange = city.areaCode().length() == 4 ? "20-10-" : "200-10-";
    return "+7 (" + city.areaCode() + ") " + exchange + extension;
  }
}
