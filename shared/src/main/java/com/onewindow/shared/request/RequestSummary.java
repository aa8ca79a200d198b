package com.onewindow.shared.request;

import com.onewindow.shared.common.LocalizedText;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A row of a request list: what a queue or "my requests" shows without loading the aggregate. */
public record RequestSummary(
    Long id,
    @Nullable String number,
    String companyName,
    String inn,
    LocalizedText branchName,
    Channel channel,
    RequestStatus status,
    @Nullable Instant submittedAt,
    Instant createdAt,
    @Nullable String assigneeName) {

  public RequestSummary(
      Long id,
      @Nullable String number,
      String companyName,
      String inn,
      String branchRu,
      String branchEn,
      Channel channel,
      RequestStatus status,
      @Nullable Instant submittedAt,
      Instant createdAt,
      @Nullable String assigneeName) {
    this(
        id,
        number,
        companyName,
        inn,
        new LocalizedText(branchRu, branchEn),
        channel,
        status,
        submittedAt,
        createdAt,
        assigneeName);
  }
}
