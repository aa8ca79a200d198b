-- An online order whose sites are served by different branches becomes one request per branch,
-- each processed by its own branch. The parts of such an order carry the order's number (its
-- first part's number) and their place in it; a request that is a whole order carries none.
ALTER TABLE connection_request ADD COLUMN order_number VARCHAR(20);
ALTER TABLE connection_request ADD COLUMN order_part INT;
ALTER TABLE connection_request ADD COLUMN order_parts INT;
CREATE INDEX ix_request_order ON connection_request (order_number);
