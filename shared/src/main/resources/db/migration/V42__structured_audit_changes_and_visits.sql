-- What an audited action changed, as data the screens translate (X5): one row per changed field
-- with its old and new value as keys (enum names, ISO dates), never a sentence in one language.
-- audit_entry.changes keeps the words of entries written before, and of callers that describe a
-- change in words only.
CREATE TABLE audit_change (
    audit_entry_id BIGINT        NOT NULL,
    position       INT           NOT NULL,
    field          VARCHAR(64)   NOT NULL,
    old_value      VARCHAR(4000),
    new_value      VARCHAR(4000),
    PRIMARY KEY (audit_entry_id, position),
    CONSTRAINT fk_audit_change_entry FOREIGN KEY (audit_entry_id) REFERENCES audit_entry (id)
);
ALTER TABLE audit_entry MODIFY changes VARCHAR(4000) NULL;

-- A scheduled visit on the timeline as data, a date and a window in the branch's time zone,
-- instead of the text "2026-12-01 MORNING" that every screen and mail had to take apart: each says
-- it in its reader's language now. Visits recorded as text move over, and their text goes.
ALTER TABLE request_event ADD COLUMN visit_date DATE;
ALTER TABLE request_event ADD COLUMN visit_window VARCHAR(16);
UPDATE request_event
   SET visit_date = CAST(SUBSTRING(text, 1, 10) AS DATE),
       visit_window = SUBSTRING(text, 12),
       text = NULL
 WHERE type = 'SCHEDULED'
   AND text LIKE '____-__-__ %'
   AND SUBSTRING(text, 12) IN ('MORNING', 'AFTERNOON');
