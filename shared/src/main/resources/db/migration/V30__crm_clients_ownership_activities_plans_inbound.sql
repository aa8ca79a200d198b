-- The CRM (C1-C5): search keys for duplicate detection, ownership with its history, attribution
-- changes, activities and their corrections, funnel plans, inbound calls and callback tasks.

-- Normalised keys, so that "ООО «Ромашка»" and "ромашка" or two spellings of one phone meet in an index.
ALTER TABLE company ADD COLUMN name_key VARCHAR(255);
ALTER TABLE company ADD COLUMN phone_key VARCHAR(20);
CREATE INDEX ix_company_name_key ON company (name_key);
CREATE INDEX ix_company_phone_key ON company (phone_key);
ALTER TABLE contact ADD COLUMN phone_key VARCHAR(20);
CREATE INDEX ix_contact_phone_key ON contact (phone_key);

-- Who owns a client, and since when. current_company_id equals company_id on the one open row and
-- is NULL on closed ones: the unique key allows one current owner per company (NULLs never clash).
CREATE TABLE crm_ownership (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    company_id         BIGINT        NOT NULL,
    manager_id         BIGINT        NOT NULL,
    unit               VARCHAR(16)   NOT NULL,
    branch_id          BIGINT        NOT NULL,
    valid_from         DATETIME(6)   NOT NULL,
    valid_to           DATETIME(6),
    reason             VARCHAR(24)   NOT NULL,
    note               VARCHAR(500),
    current_company_id BIGINT,
    version            BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uk_ownership_current UNIQUE (current_company_id),
    CONSTRAINT fk_ownership_company FOREIGN KEY (company_id) REFERENCES company (id),
    CONSTRAINT fk_ownership_manager FOREIGN KEY (manager_id) REFERENCES staff_user (id),
    CONSTRAINT fk_ownership_branch FOREIGN KEY (branch_id) REFERENCES branch (id)
);
CREATE INDEX ix_ownership_company ON crm_ownership (company_id, valid_from);
CREATE INDEX ix_ownership_manager ON crm_ownership (manager_id, valid_to);

-- A head's change of a request's channel or managers, with the reason (C2).
CREATE TABLE crm_attribution_change (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    request_id          BIGINT        NOT NULL,
    changed_by_id       BIGINT        NOT NULL,
    changed_at          DATETIME(6)   NOT NULL,
    old_channel         VARCHAR(16)   NOT NULL,
    new_channel         VARCHAR(16)   NOT NULL,
    old_found_by_id     BIGINT,
    new_found_by_id     BIGINT,
    old_carried_by_id   BIGINT,
    new_carried_by_id   BIGINT,
    reason              VARCHAR(1000) NOT NULL,
    CONSTRAINT fk_attribution_request FOREIGN KEY (request_id) REFERENCES connection_request (id),
    CONSTRAINT fk_attribution_changed_by FOREIGN KEY (changed_by_id) REFERENCES staff_user (id)
);
CREATE INDEX ix_attribution_request ON crm_attribution_change (request_id, changed_at);

-- Calls, meetings, emails, contracts (R1, C4).
CREATE TABLE crm_activity (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    company_id   BIGINT        NOT NULL,
    contact_id   BIGINT,
    manager_id   BIGINT        NOT NULL,
    branch_id    BIGINT        NOT NULL,
    channel      VARCHAR(16),
    type         VARCHAR(16)   NOT NULL,
    occurred_at  DATETIME(6)   NOT NULL,
    outcome      VARCHAR(500),
    created_at   DATETIME(6)   NOT NULL,
    version      BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_activity_company FOREIGN KEY (company_id) REFERENCES company (id),
    CONSTRAINT fk_activity_contact FOREIGN KEY (contact_id) REFERENCES contact (id),
    CONSTRAINT fk_activity_manager FOREIGN KEY (manager_id) REFERENCES staff_user (id),
    CONSTRAINT fk_activity_branch FOREIGN KEY (branch_id) REFERENCES branch (id)
);
CREATE INDEX ix_activity_manager_time ON crm_activity (manager_id, occurred_at);
CREATE INDEX ix_activity_company_time ON crm_activity (company_id, occurred_at);
CREATE INDEX ix_activity_branch_time ON crm_activity (branch_id, occurred_at);

-- A correction of an activity after its day: what it was, what it became, and why.
CREATE TABLE crm_activity_correction (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    activity_id     BIGINT        NOT NULL,
    corrected_by_id BIGINT        NOT NULL,
    corrected_at    DATETIME(6)   NOT NULL,
    before_text     VARCHAR(1000) NOT NULL,
    after_text      VARCHAR(1000) NOT NULL,
    note            VARCHAR(1000),
    CONSTRAINT fk_correction_activity FOREIGN KEY (activity_id) REFERENCES crm_activity (id),
    CONSTRAINT fk_correction_staff FOREIGN KEY (corrected_by_id) REFERENCES staff_user (id)
);
CREATE INDEX ix_correction_activity ON crm_activity_correction (activity_id);

-- A manager's own daily targets from a date on (R2); every row stays as the plan's history.
CREATE TABLE crm_funnel_plan (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    manager_id     BIGINT        NOT NULL,
    effective_from DATE          NOT NULL,
    calls          DECIMAL(6,2)  NOT NULL,
    meetings       DECIMAL(6,2)  NOT NULL,
    contracts      DECIMAL(6,2)  NOT NULL,
    set_by_id      BIGINT        NOT NULL,
    set_at         DATETIME(6)   NOT NULL,
    CONSTRAINT fk_plan_manager FOREIGN KEY (manager_id) REFERENCES staff_user (id),
    CONSTRAINT fk_plan_set_by FOREIGN KEY (set_by_id) REFERENCES staff_user (id)
);
CREATE INDEX ix_plan_manager ON crm_funnel_plan (manager_id, effective_from);

-- A call to the single central number (C3).
CREATE TABLE crm_inbound_call (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    agent_id     BIGINT        NOT NULL,
    caller_phone VARCHAR(32)   NOT NULL,
    received_at  DATETIME(6)   NOT NULL,
    reason       VARCHAR(1000) NOT NULL,
    company_id   BIGINT,
    request_id   BIGINT,
    outcome      VARCHAR(16)   NOT NULL,
    CONSTRAINT fk_call_agent FOREIGN KEY (agent_id) REFERENCES staff_user (id),
    CONSTRAINT fk_call_company FOREIGN KEY (company_id) REFERENCES company (id),
    CONSTRAINT fk_call_request FOREIGN KEY (request_id) REFERENCES connection_request (id)
);
CREATE INDEX ix_call_received ON crm_inbound_call (received_at);

-- A call handed to the client's owner, to call back.
CREATE TABLE crm_callback_task (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    company_id    BIGINT        NOT NULL,
    assignee_id   BIGINT        NOT NULL,
    call_id       BIGINT,
    created_by_id BIGINT        NOT NULL,
    created_at    DATETIME(6)   NOT NULL,
    caller_phone  VARCHAR(32)   NOT NULL,
    note          VARCHAR(1000) NOT NULL,
    status        VARCHAR(16)   NOT NULL,
    done_at       DATETIME(6),
    version       BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_task_company FOREIGN KEY (company_id) REFERENCES company (id),
    CONSTRAINT fk_task_assignee FOREIGN KEY (assignee_id) REFERENCES staff_user (id),
    CONSTRAINT fk_task_call FOREIGN KEY (call_id) REFERENCES crm_inbound_call (id),
    CONSTRAINT fk_task_created_by FOREIGN KEY (created_by_id) REFERENCES staff_user (id)
);
CREATE INDEX ix_task_assignee ON crm_callback_task (assignee_id, status);
