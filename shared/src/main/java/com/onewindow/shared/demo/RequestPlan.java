package com.onewindow.shared.demo;

import com.onewindow.shared.company.Company;
import com.onewindow.shared.request.Channel;
import com.onewindow.shared.request.RequestStatus;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A connection request to be made: when it starts, through which channel, and how far along its
 * lifecycle it gets. What a plan leaves open (company, lines, who creates it) is chosen when the
 * request is made, because it depends on what happened before (a service request needs a client
 * that is already connected).
 */
record RequestPlan(
    Instant createdAt,
    Channel channel,
    RequestStatus target,
    @Nullable Company company,
    List<LineSpec> lines,
    @Nullable String creator,
    @Nullable String comment) {

  static RequestPlan open(Instant createdAt, Channel channel, RequestStatus target) {
    return new RequestPlan(createdAt, channel, target, null, List.of(), null, null);
  }

  /**
   * What one line orders, at the company's site number {@code site}: a product and its option, or
   * (with no product) the bundle of the company's industry.
   */
  record LineSpec(int site, @Nullable String product, @Nullable String option) {

    static LineSpec bundle(int site) {
      return new LineSpec(site, null, null);
    }
  }
}
