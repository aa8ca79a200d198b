-- A survey's result and a rejection's reason on the timeline as data, like the visit of V42: each
-- screen and mail says them in its reader's language. The words the people typed (the survey's
-- notes, the rejection's explanation, what a hold waits for) stay in text.
ALTER TABLE request_event ADD COLUMN survey_feasible BOOLEAN;
ALTER TABLE request_event ADD COLUMN reject_reason VARCHAR(16);

-- A request is surveyed and rejected at most once, so its own columns tell what its entries meant.
UPDATE request_event
   SET survey_feasible = (SELECT r.survey_feasible FROM connection_request r
                           WHERE r.id = request_event.request_id)
 WHERE type = 'SURVEY_RECORDED';
UPDATE request_event
   SET reject_reason = (SELECT r.reject_reason FROM connection_request r
                         WHERE r.id = request_event.request_id)
 WHERE type = 'REJECTED';
