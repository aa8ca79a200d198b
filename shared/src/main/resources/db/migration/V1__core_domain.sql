-- The core domain of OneWindow: branches and coverage, the catalog, companies and their sites,
-- customer and staff accounts, connection requests with their lines and timeline, the mail outbox.
-- Written in the SQL subset that H2 (MySQL mode), MariaDB 10.11 and MySQL 8 all accept.

CREATE TABLE branch (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    code        VARCHAR(32)  NOT NULL,
    name_ru     VARCHAR(120) NOT NULL,
    name_en     VARCHAR(120) NOT NULL,
    city_ru     VARCHAR(80)  NOT NULL,
    city_en     VARCHAR(80)  NOT NULL,
    region_ru   VARCHAR(120) NOT NULL,
    region_en   VARCHAR(120) NOT NULL,
    time_zone   VARCHAR(64)  NOT NULL,
    head_office BOOLEAN      NOT NULL DEFAULT FALSE,
    CONSTRAINT uk_branch_code UNIQUE (code)
);

CREATE TABLE coverage_entry (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    branch_id   BIGINT       NOT NULL,
    city        VARCHAR(80)  NOT NULL,
    street      VARCHAR(160) NOT NULL,
    house_from  INT          NOT NULL,
    house_to    INT          NOT NULL,
    technology  VARCHAR(32)  NOT NULL,
    status      VARCHAR(32)  NOT NULL,
    max_speed_mbps INT       NOT NULL,
    CONSTRAINT fk_coverage_branch FOREIGN KEY (branch_id) REFERENCES branch (id)
);
CREATE INDEX ix_coverage_address ON coverage_entry (city, street);

CREATE TABLE product (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    code            VARCHAR(40)   NOT NULL,
    category        VARCHAR(32)   NOT NULL,
    name_ru         VARCHAR(160)  NOT NULL,
    name_en         VARCHAR(160)  NOT NULL,
    description_ru  VARCHAR(1000) NOT NULL,
    description_en  VARCHAR(1000) NOT NULL,
    monthly_price   DECIMAL(12,2) NOT NULL,
    one_time_price  DECIMAL(12,2) NOT NULL,
    sort_order      INT           NOT NULL DEFAULT 0,
    active          BOOLEAN       NOT NULL DEFAULT TRUE,
    CONSTRAINT uk_product_code UNIQUE (code)
);

-- A product may need another product's category at the same site (a vanity number needs telephony or a cloud PBX).
CREATE TABLE product_requirement (
    product_id        BIGINT      NOT NULL,
    required_category VARCHAR(32) NOT NULL,
    PRIMARY KEY (product_id, required_category),
    CONSTRAINT fk_product_requirement_product FOREIGN KEY (product_id) REFERENCES product (id)
);

CREATE TABLE product_option (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    product_id      BIGINT        NOT NULL,
    code            VARCHAR(40)   NOT NULL,
    name_ru         VARCHAR(160)  NOT NULL,
    name_en         VARCHAR(160)  NOT NULL,
    monthly_price   DECIMAL(12,2) NOT NULL,
    one_time_price  DECIMAL(12,2) NOT NULL,
    speed_mbps      INT,
    sort_order      INT           NOT NULL DEFAULT 0,
    CONSTRAINT uk_product_option_code UNIQUE (product_id, code),
    CONSTRAINT fk_product_option_product FOREIGN KEY (product_id) REFERENCES product (id)
);

CREATE TABLE bundle (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    code             VARCHAR(40)   NOT NULL,
    industry         VARCHAR(32)   NOT NULL,
    name_ru          VARCHAR(160)  NOT NULL,
    name_en          VARCHAR(160)  NOT NULL,
    description_ru   VARCHAR(1000) NOT NULL,
    description_en   VARCHAR(1000) NOT NULL,
    discount_percent DECIMAL(5,2)  NOT NULL,
    min_sites        INT           NOT NULL DEFAULT 1,
    active           BOOLEAN       NOT NULL DEFAULT TRUE,
    CONSTRAINT uk_bundle_code UNIQUE (code)
);

CREATE TABLE bundle_item (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    bundle_id  BIGINT NOT NULL,
    product_id BIGINT NOT NULL,
    option_id  BIGINT,
    CONSTRAINT fk_bundle_item_bundle FOREIGN KEY (bundle_id) REFERENCES bundle (id),
    CONSTRAINT fk_bundle_item_product FOREIGN KEY (product_id) REFERENCES product (id),
    CONSTRAINT fk_bundle_item_option FOREIGN KEY (option_id) REFERENCES product_option (id)
);

CREATE TABLE company (
    id                      BIGINT AUTO_INCREMENT PRIMARY KEY,
    inn                     VARCHAR(12)  NOT NULL,
    kpp                     VARCHAR(9),
    legal_name              VARCHAR(255) NOT NULL,
    industry                VARCHAR(32)  NOT NULL,
    segment                 VARCHAR(16)  NOT NULL,
    federal                 BOOLEAN      NOT NULL DEFAULT FALSE,
    home_branch_id          BIGINT       NOT NULL,
    phone                   VARCHAR(32),
    cooperation_started_at  DATETIME(6),
    created_at              DATETIME(6)  NOT NULL,
    version                 BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_company_inn UNIQUE (inn),
    CONSTRAINT fk_company_branch FOREIGN KEY (home_branch_id) REFERENCES branch (id)
);
CREATE INDEX ix_company_legal_name ON company (legal_name);

CREATE TABLE site (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    company_id BIGINT       NOT NULL,
    branch_id  BIGINT       NOT NULL,
    label      VARCHAR(120),
    city       VARCHAR(80)  NOT NULL,
    street     VARCHAR(160) NOT NULL,
    house      VARCHAR(20)  NOT NULL,
    premises   VARCHAR(40),
    CONSTRAINT fk_site_company FOREIGN KEY (company_id) REFERENCES company (id),
    CONSTRAINT fk_site_branch FOREIGN KEY (branch_id) REFERENCES branch (id)
);
CREATE INDEX ix_site_company ON site (company_id);

CREATE TABLE contact (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    company_id BIGINT       NOT NULL,
    full_name  VARCHAR(160) NOT NULL,
    position   VARCHAR(120),
    phone      VARCHAR(32),
    email      VARCHAR(254),
    CONSTRAINT fk_contact_company FOREIGN KEY (company_id) REFERENCES company (id)
);
CREATE INDEX ix_contact_company ON contact (company_id);
CREATE INDEX ix_contact_phone ON contact (phone);

CREATE TABLE customer_user (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    email           VARCHAR(254) NOT NULL,
    password_hash   VARCHAR(255) NOT NULL,
    full_name       VARCHAR(160) NOT NULL,
    phone           VARCHAR(32),
    company_id      BIGINT,
    company_admin   BOOLEAN      NOT NULL DEFAULT FALSE,
    email_confirmed BOOLEAN      NOT NULL DEFAULT FALSE,
    enabled         BOOLEAN      NOT NULL DEFAULT TRUE,
    language        VARCHAR(8)   NOT NULL DEFAULT 'ru',
    created_at      DATETIME(6)  NOT NULL,
    version         BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_customer_user_email UNIQUE (email),
    CONSTRAINT fk_customer_user_company FOREIGN KEY (company_id) REFERENCES company (id)
);

CREATE TABLE staff_user (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    username      VARCHAR(64)  NOT NULL,
    password_hash VARCHAR(255) NOT NULL,
    full_name     VARCHAR(160) NOT NULL,
    email         VARCHAR(254) NOT NULL,
    phone         VARCHAR(32),
    unit          VARCHAR(16)  NOT NULL,
    branch_id     BIGINT       NOT NULL,
    head_id       BIGINT,
    enabled       BOOLEAN      NOT NULL DEFAULT TRUE,
    language      VARCHAR(8)   NOT NULL DEFAULT 'ru',
    version       BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_staff_user_username UNIQUE (username),
    CONSTRAINT fk_staff_user_branch FOREIGN KEY (branch_id) REFERENCES branch (id),
    CONSTRAINT fk_staff_user_head FOREIGN KEY (head_id) REFERENCES staff_user (id)
);

CREATE TABLE staff_user_role (
    staff_user_id BIGINT      NOT NULL,
    role          VARCHAR(32) NOT NULL,
    PRIMARY KEY (staff_user_id, role),
    CONSTRAINT fk_staff_user_role_user FOREIGN KEY (staff_user_id) REFERENCES staff_user (id)
);

CREATE TABLE connection_request (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    number          VARCHAR(20),
    company_id      BIGINT       NOT NULL,
    branch_id       BIGINT       NOT NULL,
    channel         VARCHAR(16)  NOT NULL,
    status          VARCHAR(16)  NOT NULL,
    held_from       VARCHAR(16),
    contact_name    VARCHAR(160) NOT NULL,
    contact_phone   VARCHAR(32)  NOT NULL,
    contact_email   VARCHAR(254) NOT NULL,
    desired_date    DATE,
    customer_comment VARCHAR(2000),
    assignee_id     BIGINT,
    found_by_id     BIGINT,
    carried_by_id   BIGINT,
    created_by_customer_id BIGINT,
    install_date    DATE,
    install_window  VARCHAR(16),
    installed       BOOLEAN      NOT NULL DEFAULT FALSE,
    reject_reason   VARCHAR(16),
    created_at      DATETIME(6)  NOT NULL,
    submitted_at    DATETIME(6),
    status_changed_at DATETIME(6) NOT NULL,
    closed_at       DATETIME(6),
    monthly_total   DECIMAL(14,2) NOT NULL DEFAULT 0,
    one_time_total  DECIMAL(14,2) NOT NULL DEFAULT 0,
    version         BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_connection_request_number UNIQUE (number),
    CONSTRAINT fk_request_company FOREIGN KEY (company_id) REFERENCES company (id),
    CONSTRAINT fk_request_branch FOREIGN KEY (branch_id) REFERENCES branch (id),
    CONSTRAINT fk_request_assignee FOREIGN KEY (assignee_id) REFERENCES staff_user (id),
    CONSTRAINT fk_request_found_by FOREIGN KEY (found_by_id) REFERENCES staff_user (id),
    CONSTRAINT fk_request_carried_by FOREIGN KEY (carried_by_id) REFERENCES staff_user (id),
    CONSTRAINT fk_request_customer FOREIGN KEY (created_by_customer_id) REFERENCES customer_user (id)
);
-- The queue pages by branch and status, newest first; the portal lists a company's requests.
CREATE INDEX ix_request_branch_status_submitted ON connection_request (branch_id, status, submitted_at);
CREATE INDEX ix_request_status_submitted ON connection_request (status, submitted_at);
CREATE INDEX ix_request_submitted ON connection_request (submitted_at);
CREATE INDEX ix_request_company ON connection_request (company_id, created_at);
CREATE INDEX ix_request_assignee ON connection_request (assignee_id, status);

CREATE TABLE request_line (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    request_id     BIGINT        NOT NULL,
    line_no        INT           NOT NULL,
    site_id        BIGINT        NOT NULL,
    product_id     BIGINT,
    option_id      BIGINT,
    bundle_id      BIGINT,
    monthly_price  DECIMAL(12,2) NOT NULL,
    one_time_price DECIMAL(12,2) NOT NULL,
    CONSTRAINT fk_request_line_request FOREIGN KEY (request_id) REFERENCES connection_request (id),
    CONSTRAINT fk_request_line_site FOREIGN KEY (site_id) REFERENCES site (id),
    CONSTRAINT fk_request_line_product FOREIGN KEY (product_id) REFERENCES product (id),
    CONSTRAINT fk_request_line_option FOREIGN KEY (option_id) REFERENCES product_option (id),
    CONSTRAINT fk_request_line_bundle FOREIGN KEY (bundle_id) REFERENCES bundle (id)
);
CREATE INDEX ix_request_line_request ON request_line (request_id);

CREATE TABLE request_event (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    request_id       BIGINT        NOT NULL,
    occurred_at      DATETIME(6)   NOT NULL,
    type             VARCHAR(32)   NOT NULL,
    from_status      VARCHAR(16),
    to_status        VARCHAR(16),
    actor_kind       VARCHAR(16)   NOT NULL,
    actor_id         BIGINT,
    actor_name       VARCHAR(160)  NOT NULL,
    text             VARCHAR(4000),
    customer_visible BOOLEAN       NOT NULL,
    CONSTRAINT fk_request_event_request FOREIGN KEY (request_id) REFERENCES connection_request (id)
);
CREATE INDEX ix_request_event_request ON request_event (request_id, occurred_at);

CREATE TABLE outbox_message (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    recipient       VARCHAR(254)  NOT NULL,
    subject         VARCHAR(255)  NOT NULL,
    body            TEXT          NOT NULL,
    status          VARCHAR(16)   NOT NULL,
    attempts        INT           NOT NULL DEFAULT 0,
    next_attempt_at DATETIME(6)   NOT NULL,
    last_error      VARCHAR(1000),
    created_at      DATETIME(6)   NOT NULL,
    sent_at         DATETIME(6),
    version         BIGINT        NOT NULL DEFAULT 0
);
CREATE INDEX ix_outbox_due ON outbox_message (status, next_attempt_at);

-- ShedLock: a scheduled job runs on one instance at a time.
CREATE TABLE shedlock (
    name       VARCHAR(64)  NOT NULL PRIMARY KEY,
    lock_until DATETIME(3)  NOT NULL,
    locked_at  DATETIME(3)  NOT NULL,
    locked_by  VARCHAR(255) NOT NULL
);
