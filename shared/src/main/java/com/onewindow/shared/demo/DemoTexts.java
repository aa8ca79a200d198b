package com.onewindow.shared.demo;

import com.onewindow.shared.request.RejectReason;
import java.util.List;

/** What people write on a request's timeline: why it waits, why it was refused or withdrawn. */
final class DemoTexts {

  record Refusal(RejectReason reason, String explanation) {}

  static final List<String> COMMENTS =
      List.of(
          "Нужен интернет к открытию нового магазина.",
          "Просим подключить до конца месяца.",
          "Переезжаем в новый офис, нужна связь с первого дня.",
          "Звоните, пожалуйста, после 14:00.",
          "Доступ в здание по пропуску, пропуск закажем заранее.",
          "Сейчас другой провайдер, договор заканчивается через месяц.");

  static final List<String> HOLDS =
      List.of(
          "Ждём от клиента согласования доступа в помещение для монтажа.",
          "Клиент просит перенести подключение: в помещении идёт ремонт.",
          "Ждём подписанный договор и реквизиты.",
          "Нужно разрешение управляющей компании бизнес-центра на прокладку кабеля.",
          "Клиент не отвечает на звонки, отправили письмо.");

  static final List<Refusal> REFUSALS =
      List.of(
          new Refusal(
              RejectReason.NOT_FEASIBLE,
              "Дом не подключён, строительство линии экономически нецелесообразно."),
          new Refusal(
              RejectReason.NOT_FEASIBLE, "Собственник здания не дал согласия на прокладку кабеля."),
          new Refusal(
              RejectReason.INVALID, "Реквизиты не совпадают с ЕГРЮЛ, клиент не ответил на запрос."),
          new Refusal(
              RejectReason.INVALID,
              "Не удалось связаться с контактным лицом в течение пяти рабочих дней."),
          new Refusal(
              RejectReason.DUPLICATE, "Дублирует заявку, поданную клиентом через сайт днём ранее."),
          new Refusal(RejectReason.DUPLICATE, "Дублирует заявку, принятую по единому номеру."));

  static final List<String> CUSTOMER_CANCELS =
      List.of(
          "Передумали, подключим позже.",
          "Выбрали другой тариф, подадим новую заявку.",
          "Переезд отложен.");

  static final List<String> STAFF_CANCELS =
      List.of(
          "Клиент отказался по телефону: выбрал другого оператора.",
          "Клиент переезжает, подаст заявку на новый адрес.",
          "Заявка создана по ошибке.",
          "Бюджет на связь перенесён на следующий квартал.");

  private DemoTexts() {}
}
