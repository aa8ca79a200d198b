package com.onewindow.shared.request;

import com.onewindow.shared.audit.AuditRecord;
import com.onewindow.shared.common.LocalizedText;
import com.onewindow.shared.common.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A request as the backoffice detail page shows it, with the actions the caller may take on it now,
 * the order it is a part of (when several branches serve the order's sites) and the version they
 * are based on (an action on an older version is refused, see {@link RequestChangedMeanwhile}).
 */
public record RequestDetails(
    Long id,
    @Nullable String number,
    long version,
    RequestStatus status,
    @Nullable RequestStatus heldFrom,
    Channel channel,
    Long companyId,
    String companyName,
    String inn,
    @Nullable String kpp,
    LocalizedText branchName,
    ZoneId branchZone,
    ContactPerson contact,
    @Nullable LocalDate desiredDate,
    @Nullable String customerComment,
    @Nullable String foundBy,
    @Nullable String carriedBy,
    @Nullable String assigneeName,
    @Nullable LocalDate installDate,
    @Nullable InstallWindow installWindow,
    boolean installed,
    @Nullable Boolean surveyFeasible,
    @Nullable RejectReason rejectReason,
    @Nullable Instant submittedAt,
    SlaState slaState,
    @Nullable Instant dueAt,
    List<Line> lines,
    Money monthlyTotal,
    Money oneTimeTotal,
    List<TimelineEntry> timeline,
    List<AuditRecord> audit,
    Set<RequestAction> allowedActions,
    boolean mayWrite,
    @Nullable OrderOverview order) {

  /** One ordered line: the site and what is ordered there, at the quoted prices. */
  public record Line(
      int lineNo,
      @Nullable String siteLabel,
      String siteAddress,
      LocalizedText item,
      @Nullable LocalizedText option,
      boolean bundle,
      Money monthly,
      Money oneTime) {}

  /**
   * One timeline entry; internal ones (notes, internal steps) never reach the customer. {@code
   * visit} is the visit a SCHEDULED entry booked, {@code surveyFeasible} the result a
   * SURVEY_RECORDED entry recorded, {@code rejectReason} the reason a REJECTED entry gave; {@code
   * text} is what the person wrote (notes, explanation, what a hold waits for, a message).
   */
  public record TimelineEntry(
      Instant at,
      RequestEventType type,
      @Nullable RequestStatus from,
      @Nullable RequestStatus to,
      String actorName,
      @Nullable String text,
      @Nullable InstallVisit visit,
      @Nullable Boolean surveyFeasible,
      @Nullable RejectReason rejectReason,
      boolean customerVisible) {}

  /** The booked installation visit, once scheduled. */
  public @Nullable InstallVisit installVisit() {
    return installDate == null || installWindow == null
        ? null
        : new InstallVisit(installDate, installWindow);
  }

  public boolean allows(RequestAction action) {
    return allowedActions.contains(action);
  }
}
