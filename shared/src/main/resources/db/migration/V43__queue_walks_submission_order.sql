-- The queue (B1) reads a page by walking an index in submission order and stopping after the page
-- (see QueueOrder). A branch technician's unfiltered queue walks the branch's requests in that
-- order, and a search that finds one company walks that company's requests.
CREATE INDEX ix_request_branch_submitted ON connection_request (branch_id, submitted_at);
CREATE INDEX ix_request_company_submitted ON connection_request (company_id, submitted_at);
