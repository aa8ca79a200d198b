-- A signed contract (R1, C2): logged as a CONTRACT activity (which the funnel counts) and kept as a
-- record of its own with its attribution: channel, who found the client, who carried the deal.
-- A correction that turns the activity into something else voids the contract rather than
-- deleting it, so its attribution history stays.
CREATE TABLE crm_contract (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    company_id     BIGINT        NOT NULL,
    contact_id     BIGINT,
    activity_id    BIGINT        NOT NULL,
    number         VARCHAR(64),
    signed_on      DATE          NOT NULL,
    channel        VARCHAR(16)   NOT NULL,
    found_by_id    BIGINT,
    carried_by_id  BIGINT,
    manager_id     BIGINT        NOT NULL,
    branch_id      BIGINT        NOT NULL,
    created_at     DATETIME(6)   NOT NULL,
    voided_at      DATETIME(6),
    version        BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uk_contract_activity UNIQUE (activity_id),
    CONSTRAINT fk_contract_company FOREIGN KEY (company_id) REFERENCES company (id),
    CONSTRAINT fk_contract_contact FOREIGN KEY (contact_id) REFERENCES contact (id),
    CONSTRAINT fk_contract_activity FOREIGN KEY (activity_id) REFERENCES crm_activity (id),
    CONSTRAINT fk_contract_found_by FOREIGN KEY (found_by_id) REFERENCES staff_user (id),
    CONSTRAINT fk_contract_carried_by FOREIGN KEY (carried_by_id) REFERENCES staff_user (id),
    CONSTRAINT fk_contract_manager FOREIGN KEY (manager_id) REFERENCES staff_user (id),
    CONSTRAINT fk_contract_branch FOREIGN KEY (branch_id) REFERENCES branch (id)
);
CREATE INDEX ix_contract_company ON crm_contract (company_id, signed_on);
CREATE INDEX ix_contract_branch ON crm_contract (branch_id, signed_on);

-- An attribution change now belongs to a request or to a contract, exactly one of them.
ALTER TABLE crm_attribution_change MODIFY request_id BIGINT NULL;
ALTER TABLE crm_attribution_change ADD COLUMN contract_id BIGINT;
ALTER TABLE crm_attribution_change
    ADD CONSTRAINT fk_attribution_contract FOREIGN KEY (contract_id) REFERENCES crm_contract (id);
ALTER TABLE crm_attribution_change
    ADD CONSTRAINT ck_attribution_subject CHECK ((request_id IS NULL) <> (contract_id IS NULL));
CREATE INDEX ix_attribution_contract ON crm_attribution_change (contract_id, changed_at);
