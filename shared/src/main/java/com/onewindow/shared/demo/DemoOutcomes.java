package com.onewindow.shared.demo;

import com.onewindow.shared.crm.ActivityType;
import java.util.List;

/** What managers write as the outcome of a call, meeting, email or contract. */
final class DemoOutcomes {

  private static final List<String> CALLS =
      List.of(
          "Не дозвонился, перезвонить завтра",
          "Договорились о встрече на следующей неделе",
          "Интересуются резервным каналом",
          "Просили прислать коммерческое предложение",
          "Уточнили адрес второго офиса",
          "Довольны связью, вопросов нет",
          "Жалоба на скорость вечером, передал в техотдел",
          "Перезвонить после совещания у директора",
          "Обсудили переход на тариф побольше",
          "Секретарь обещала передать директору");

  private static final List<String> MEETINGS =
      List.of(
          "Встреча у клиента: обсудили подключение нового магазина",
          "Показал видеонаблюдение в облаке, понравилось",
          "Согласовали смету на прокладку кабеля",
          "Встреча с директором: готовы подписать после праздников",
          "Обсудили SLA и резервирование канала");

  private static final List<String> EMAILS =
      List.of(
          "Отправил коммерческое предложение",
          "Выслал проект договора на согласование",
          "Отправил счёт за подключение",
          "Ответил на вопросы по тарифам");

  private static final List<String> CONTRACTS =
      List.of(
          "Подписан договор на 12 месяцев",
          "Подписали допсоглашение на второй адрес",
          "Договор подписан, ждут монтаж",
          "Подписан договор с видеонаблюдением");

  private DemoOutcomes() {}

  static String of(DemoWorld world, ActivityType type) {
    return world.pick(
        switch (type) {
          case CALL -> CALLS;
          case MEETING -> MEETINGS;
          case EMAIL -> EMAILS;
          case CONTRACT -> CONTRACTS;
        });
  }
}
