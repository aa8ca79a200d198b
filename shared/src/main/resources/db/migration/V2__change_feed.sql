-- Live updates across processes: every change that screens should show at once is written here
-- in the transaction that makes it; each app instance polls the feed and pushes to its own
-- screens (portal and backoffice are separate JVMs, each possibly running several times).
CREATE TABLE change_feed (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    topic       VARCHAR(32)  NOT NULL,
    subject_id  BIGINT       NOT NULL,
    branch_id   BIGINT,
    company_id  BIGINT,
    occurred_at DATETIME(6)  NOT NULL
);
CREATE INDEX ix_change_feed_occurred ON change_feed (occurred_at);
