package com.onewindow.shared.demo;

import static com.onewindow.shared.request.RequestStatus.ACTIVATED;
import static com.onewindow.shared.request.RequestStatus.CANCELLED;
import static com.onewindow.shared.request.RequestStatus.IN_REVIEW;
import static com.onewindow.shared.request.RequestStatus.ON_HOLD;
import static com.onewindow.shared.request.RequestStatus.REJECTED;
import static com.onewindow.shared.request.RequestStatus.SCHEDULED;
import static com.onewindow.shared.request.RequestStatus.SUBMITTED;
import static com.onewindow.shared.request.RequestStatus.SURVEY;

import com.onewindow.shared.demo.LargeReference.ContactRef;
import com.onewindow.shared.demo.LargeReference.OptionRef;
import com.onewindow.shared.demo.LargeReference.PersonRef;
import com.onewindow.shared.demo.LargeReference.SiteRef;
import com.onewindow.shared.request.Channel;
import com.onewindow.shared.request.InstallWindow;
import com.onewindow.shared.request.RejectReason;
import com.onewindow.shared.request.RequestEventType;
import com.onewindow.shared.request.RequestStatus;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;

/**
 * Generates bulk requests over the last two years, each as the row of the request, its one line and
 * its latest timeline event. They are all submitted (a draft has no number yet) and numbered
 * "YYYY-L" and seven digits, which submit never makes, so they never collide with real numbers.
 */
final class LargeRequestRows {

  static final String NUMBER_MARK = "-L";
  private static final long TWO_YEARS_SECONDS = Duration.ofDays(730).toSeconds();
  private static final RequestStatus[] RECENT = {
    SUBMITTED, SUBMITTED, IN_REVIEW, IN_REVIEW, SURVEY, SCHEDULED, SCHEDULED, ON_HOLD, REJECTED,
    CANCELLED
  };
  private static final Channel[] CHANNELS = {
    Channel.INBOUND, Channel.INBOUND, Channel.INBOUND, Channel.INBOUND, Channel.DIRECT,
    Channel.DIRECT, Channel.ONLINE, Channel.ONLINE, Channel.SERVICE, Channel.SERVICE
  };

  record Row(
      long id,
      String number,
      SiteRef site,
      Channel channel,
      RequestStatus status,
      ContactRef contact,
      @Nullable PersonRef seller,
      @Nullable PersonRef assignee,
      OptionRef option,
      Instant createdAt,
      Instant submittedAt,
      Instant changedAt,
      LocalDate desiredDate,
      @Nullable LocalDate installDate,
      @Nullable InstallWindow installWindow,
      @Nullable RejectReason rejectReason,
      RequestEventType eventType,
      RequestStatus eventFrom,
      @Nullable PersonRef eventActor,
      @Nullable String eventText) {

    boolean isFinal() {
      return status.isFinal();
    }
  }

  private final LargeReference reference;
  private final Instant now;
  private final SplittableRandom random;

  LargeRequestRows(LargeReference reference, Instant now, long seed) {
    this.reference = reference;
    this.now = now;
    this.random = new SplittableRandom(seed);
  }

  /** The next rows, ids from {@code firstId}, bulk numbers from {@code firstIndex}. */
  List<Row> next(int count, long firstId, long firstIndex) {
    var rows = new ArrayList<Row>(count);
    for (int i = 0; i < count; i++) {
      rows.add(row(firstId + i, firstIndex + i));
    }
    return rows;
  }

  private Row row(long id, long index) {
    var site = reference.sites().get(random.nextInt(reference.sites().size()));
    var channel = site.federal() ? Channel.KEY_ACCOUNT : CHANNELS[random.nextInt(CHANNELS.length)];
    var created = now.minusSeconds(random.nextLong(TWO_YEARS_SECONDS));
    var submitted = created.plusSeconds(60L * (3 + random.nextInt(38)));
    long ageDays = Duration.between(created, now).toDays();
    var status = status(ageDays);
    long workSeconds = Math.max(3600, Math.min(ageDays, 14) * 86_400);
    var changed =
        status == SUBMITTED ? submitted : min(submitted.plusSeconds(random.nextLong(workSeconds)));
    var zone = reference.zones().get(site.branchId());
    var changedDay = changed.atZone(zone).toLocalDate();
    boolean cancelledUnclaimed = status == CANCELLED && random.nextBoolean();
    var techs = reference.technicians().get(site.branchId());
    var tech = pick(techs);
    var seller = pick(reference.sellers().get(channel));
    var refusal = status == REJECTED ? pick(DemoTexts.REFUSALS) : null;
    var installDate =
        status == SCHEDULED
            ? changedDay.plusDays(2 + random.nextInt(6))
            : status == ACTIVATED ? changedDay : null;
    var window =
        installDate == null
            ? null
            : random.nextBoolean() ? InstallWindow.MORNING : InstallWindow.AFTERNOON;
    String number = submitted.atZone(zone).getYear() + NUMBER_MARK + "%07d".formatted(index);
    return new Row(
        id,
        number,
        site,
        channel,
        status,
        reference.contacts().get(site.companyId()),
        seller,
        status == SUBMITTED || cancelledUnclaimed ? null : tech,
        pick(reference.internet()),
        created,
        submitted,
        changed,
        created.atZone(zone).toLocalDate().plusDays(7 + random.nextInt(24)),
        installDate,
        window,
        refusal == null ? null : refusal.reason(),
        eventType(status),
        eventFrom(status, cancelledUnclaimed),
        status != SUBMITTED ? tech : channel == Channel.ONLINE ? null : seller,
        refusal != null ? refusal.explanation() : eventText(status));
  }

  private RequestStatus status(long ageDays) {
    if (ageDays < 21) {
      return RECENT[random.nextInt(RECENT.length)];
    }
    int roll = random.nextInt(100);
    return roll < 75 ? ACTIVATED : roll < 85 ? REJECTED : roll < 97 ? CANCELLED : ON_HOLD;
  }

  private static RequestEventType eventType(RequestStatus status) {
    return switch (status) {
      case DRAFT -> RequestEventType.CREATED;
      case SUBMITTED -> RequestEventType.SUBMITTED;
      case IN_REVIEW -> RequestEventType.CLAIMED;
      case SURVEY -> RequestEventType.SURVEY_STARTED;
      case SCHEDULED -> RequestEventType.SCHEDULED;
      case ON_HOLD -> RequestEventType.PUT_ON_HOLD;
      case ACTIVATED -> RequestEventType.ACTIVATED;
      case REJECTED -> RequestEventType.REJECTED;
      case CANCELLED -> RequestEventType.CANCELLED;
    };
  }

  private static RequestStatus eventFrom(RequestStatus status, boolean cancelledUnclaimed) {
    return switch (status) {
      case SUBMITTED -> RequestStatus.DRAFT;
      case IN_REVIEW -> SUBMITTED;
      case ACTIVATED -> SCHEDULED;
      case CANCELLED -> cancelledUnclaimed ? SUBMITTED : IN_REVIEW;
      default -> IN_REVIEW;
    };
  }

  private @Nullable String eventText(RequestStatus status) {
    return switch (status) {
      case ON_HOLD -> pick(DemoTexts.HOLDS);
      case CANCELLED -> pick(DemoTexts.STAFF_CANCELS);
      default -> null;
    };
  }

  private Instant min(Instant instant) {
    return instant.isAfter(now) ? now : instant;
  }

  private <T> T pick(List<T> items) {
    return items.get(random.nextInt(items.size()));
  }
}
