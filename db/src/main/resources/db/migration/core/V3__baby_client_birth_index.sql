-- The clients grid sorted by baby age computes each client's youngest baby (MAX(date_of_birth) per client_id).
-- With this index that maximum is one index lookup instead of reading the client's baby rows
-- (docs/performance.md, "Data at clinic scale").
CREATE INDEX ix_baby_client_birth ON baby (client_id, date_of_birth);
