package com.onewindow.shared.crm;

import com.onewindow.shared.common.BusinessRuleViolation;
import java.time.Clock;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps each {@code CONTRACT} activity and its contract record in step: the funnel counts the
 * activity, the contract carries the attribution, so there is exactly one live contract per
 * contract activity and nothing is counted twice.
 */
@Component
class ContractBook {

  private final Contracts contracts;
  private final Clock clock;

  ContractBook(Contracts contracts, Clock clock) {
    this.contracts = contracts;
    this.clock = clock;
  }

  static @Nullable String checkedNumber(@Nullable String number) {
    if (number == null || number.isBlank()) {
      return null;
    }
    if (number.strip().length() > Contract.NUMBER_MAX) {
      throw new BusinessRuleViolation("crm.error.contractNumberTooLong", Contract.NUMBER_MAX);
    }
    return number.strip();
  }

  /**
   * After an activity was logged or corrected: a contract activity has its live contract (created,
   * or restored if a correction had voided it); any other activity has none (voided, not deleted,
   * so a head's attribution changes stay on record).
   */
  @Transactional(propagation = Propagation.MANDATORY)
  void follow(Activity activity, @Nullable String number) {
    var existing = contracts.findByActivityId(activity.getId());
    if (activity.getType() == ActivityType.CONTRACT) {
      existing.ifPresentOrElse(
          Contract::restore,
          () ->
              contracts.save(
                  new Contract(
                      activity,
                      checkedNumber(number),
                      Attribution.enteredBy(activity.getManager()),
                      clock.instant())));
    } else {
      existing.ifPresent(k -> k.voidAt(clock.instant()));
    }
  }
}
