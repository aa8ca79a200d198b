/**
 * The CRM of the sales channels: who owns a client and since when, how a request was attributed,
 * the activities managers log, their funnel plans, and the calls of the inbound desk (C1-C5, R1,
 * R2).
 */
@NullMarked
package com.onewindow.shared.crm;

import org.jspecify.annotations.NullMarked;
