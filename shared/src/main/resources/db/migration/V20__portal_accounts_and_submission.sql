-- The online channel: a submitted request remembers the key its wizard draft was started with,
-- so that a second submission of the same draft finds the first request instead of a new one.
ALTER TABLE connection_request ADD COLUMN idempotency_key VARCHAR(64);
CREATE UNIQUE INDEX uk_connection_request_idempotency ON connection_request (idempotency_key);

-- Failed sign-ins slow an account down; a user who named a company with users waits for its administrator.
ALTER TABLE customer_user ADD COLUMN failed_logins INT NOT NULL DEFAULT 0;
ALTER TABLE customer_user ADD COLUMN locked_until DATETIME(6);
ALTER TABLE customer_user ADD COLUMN pending_company_id BIGINT;
ALTER TABLE customer_user ADD CONSTRAINT fk_customer_user_pending_company
    FOREIGN KEY (pending_company_id) REFERENCES company (id);

-- Single-use links sent by mail: email confirmation, password reset, invitation of a colleague.
-- Only a hash of the token is stored.
CREATE TABLE account_token (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    purpose          VARCHAR(16)  NOT NULL,
    token_hash       VARCHAR(64)  NOT NULL,
    customer_user_id BIGINT,
    email            VARCHAR(254),
    company_id       BIGINT,
    created_at       DATETIME(6)  NOT NULL,
    expires_at       DATETIME(6)  NOT NULL,
    used_at          DATETIME(6),
    CONSTRAINT uk_account_token_hash UNIQUE (token_hash),
    CONSTRAINT fk_account_token_user FOREIGN KEY (customer_user_id) REFERENCES customer_user (id),
    CONSTRAINT fk_account_token_company FOREIGN KEY (company_id) REFERENCES company (id)
);
