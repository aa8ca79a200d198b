-- Technical processing of requests (B1-B5, X5).

-- SLA (B3): sla_started_at is the submission instant shifted forward by every pause on hold, so the
-- due dates are sla_started_at + the channel's target and "overdue" is a range predicate the
-- database can answer from an index. held_since marks a running pause.
ALTER TABLE connection_request ADD COLUMN sla_started_at DATETIME(6);
ALTER TABLE connection_request ADD COLUMN held_since DATETIME(6);
ALTER TABLE connection_request ADD COLUMN held_seconds BIGINT NOT NULL DEFAULT 0;
ALTER TABLE connection_request ADD COLUMN first_response_at DATETIME(6);
ALTER TABLE connection_request ADD COLUMN survey_feasible BOOLEAN;
UPDATE connection_request SET sla_started_at = submitted_at WHERE submitted_at IS NOT NULL;

-- The queue (B1): filters by channel, "overdue" (status + SLA start), unassigned/mine inside a
-- branch, and installation slots per branch, date and window.
CREATE INDEX ix_request_status_sla ON connection_request (status, sla_started_at);
CREATE INDEX ix_request_branch_status_sla ON connection_request (branch_id, status, sla_started_at);
CREATE INDEX ix_request_channel_submitted ON connection_request (channel, submitted_at);
CREATE INDEX ix_request_branch_channel_submitted ON connection_request (branch_id, channel, submitted_at);
CREATE INDEX ix_request_branch_assignee_submitted ON connection_request (branch_id, assignee_id, submitted_at);
CREATE INDEX ix_request_slots ON connection_request (branch_id, install_date, install_window, status);

-- Active services (B5): what a company has running at each site, from the request that activated it.
CREATE TABLE active_service (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    company_id     BIGINT        NOT NULL,
    site_id        BIGINT        NOT NULL,
    request_id     BIGINT        NOT NULL,
    product_id     BIGINT,
    option_id      BIGINT,
    bundle_id      BIGINT,
    monthly_price  DECIMAL(12,2) NOT NULL,
    active_since   DATETIME(6)   NOT NULL,
    CONSTRAINT fk_active_service_company FOREIGN KEY (company_id) REFERENCES company (id),
    CONSTRAINT fk_active_service_site FOREIGN KEY (site_id) REFERENCES site (id),
    CONSTRAINT fk_active_service_request FOREIGN KEY (request_id) REFERENCES connection_request (id),
    CONSTRAINT fk_active_service_product FOREIGN KEY (product_id) REFERENCES product (id),
    CONSTRAINT fk_active_service_option FOREIGN KEY (option_id) REFERENCES product_option (id),
    CONSTRAINT fk_active_service_bundle FOREIGN KEY (bundle_id) REFERENCES bundle (id)
);
CREATE INDEX ix_active_service_company ON active_service (company_id, site_id);

-- Audit trail (X5): every staff action that changes data, who, when and what changed.
CREATE TABLE audit_entry (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    occurred_at  DATETIME(6)  NOT NULL,
    actor_kind   VARCHAR(16)  NOT NULL,
    actor_id     BIGINT,
    actor_name   VARCHAR(160) NOT NULL,
    action       VARCHAR(64)  NOT NULL,
    subject_type VARCHAR(64)  NOT NULL,
    subject_id   BIGINT       NOT NULL,
    changes      VARCHAR(4000) NOT NULL
);
CREATE INDEX ix_audit_subject ON audit_entry (subject_type, subject_id, occurred_at);
CREATE INDEX ix_audit_actor ON audit_entry (actor_id, occurred_at);
