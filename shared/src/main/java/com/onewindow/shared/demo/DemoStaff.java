package com.onewindow.shared.demo;

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

  /**
   * username | full name | unit | branch | role | head. The inbound desk that answers the single
   * central number sits in Perm, in shifts, under its own head.
   */
  private static final String ROSTER =
      """
      admin               | Соколов Дмитрий Андреевич   | TECHNICAL   | MSK | ADMIN               |
      tech.hq             | Егоров Максим Олегович      | TECHNICAL   | MSK | TECHNICIAN          |
      head.kam            | Медведев Андрей Николаевич  | KEY_ACCOUNT | MSK | HEAD                |
      kam.moscow          | Белова Наталья Викторовна   | KEY_ACCOUNT | MSK | KEY_ACCOUNT_MANAGER | head.kam
      online.hq           | Титов Артём Игоревич        | ONLINE      | MSK | SALES_MANAGER       |
      sales.moscow        | Комаров Олег Сергеевич      | DIRECT      | MSK | SALES_MANAGER       |
      service.moscow      | Фролова Ксения Дмитриевна   | SERVICE     | MSK | SERVICE_MANAGER     |
      head.inbound        | Гусева Татьяна Юрьевна      | INBOUND     | PRM | HEAD                |
      inbound.perm        | Лебедева Юлия Андреевна     | INBOUND     | PRM | INBOUND_AGENT       | head.inbound
      inbound.perm2       | Ершов Роман Павлович        | INBOUND     | PRM | INBOUND_AGENT       | head.inbound
      tech.perm           | Калинин Сергей Михайлович   | TECHNICAL   | PRM | TECHNICIAN          |
      sales.perm          | Никитин Евгений Алексеевич  | DIRECT      | PRM | SALES_MANAGER       |
      service.perm        | Степанова Марина Олеговна   | SERVICE     | PRM | SERVICE_MANAGER     |
      head.saratov        | Тарасов Владимир Иванович   | DIRECT      | SAR | HEAD                |
      sales.saratov       | Воробьёв Алексей Николаевич | DIRECT      | SAR | SALES_MANAGER       | head.saratov
      service.saratov     | Киселёва Елена Викторовна   | SERVICE     | SAR | SERVICE_MANAGER     | head.saratov
      tech.saratov        | Жуков Павел Сергеевич       | TECHNICAL   | SAR | TECHNICIAN          |
      tech.ekb            | Яковлев Игорь Владимирович  | TECHNICAL   | EKB | TECHNICIAN          |
      sales.ekb           | Григорьева Анна Михайловна  | DIRECT      | EKB | SALES_MANAGER       |
      service.ekb         | Беляев Денис Александрович  | SERVICE     | EKB | SERVICE_MANAGER     |
      tech.nsk            | Захаров Николай Петрович    | TECHNICAL   | NSK | TECHNICIAN          |
      sales.nsk           | Романова Светлана Игоревна  | DIRECT      | NSK | SALES_MANAGER       |
      service.nsk         | Сергеев Кирилл Андреевич    | SERVICE     | NSK | SERVICE_MANAGER     |
      tech.kazan          | Хайруллин Ренат Ильдарович  | TECHNICAL   | KZN | TECHNICIAN          |
      sales.kazan         | Гарипова Лилия Маратовна    | DIRECT      | KZN | SALES_MANAGER       |
      service.kazan       | Сафин Тимур Рустемович      | SERVICE     | KZN | SERVICE_MANAGER     |
      tech.vladivostok    | Осипов Глеб Романович       | TECHNICAL   | VVO | TECHNICIAN          |
      sales.vladivostok   | Данилова Вера Сергеевна     | DIRECT      | VVO | SALES_MANAGER       |
      service.vladivostok | Панов Артур Евгеньевич      | SERVICE     | VVO | SERVICE_MANAGER     |
      """;

  private static final List<Member> MEMBERS = ROSTER.lines().map(DemoStaff::member).toList();

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

  private static Member member(String line) {
    String[] field = line.split("\\|", -1);
    String head = field[5].strip();
    return new Member(
        field[0].strip(),
        field[1].strip(),
        Unit.valueOf(field[2].strip()),
        field[3].strip(),
        Role.valueOf(field[4].strip()),
        head.isEmpty() ? null : head);
  }

  private static String officePhone(DemoCity city, int extension) {
    String exchange = city.areaCode().length() == 4 ? "20-10-" : "200-10-";
    return "+7 (" + city.areaCode() + ") " + exchange + extension;
  }
}
