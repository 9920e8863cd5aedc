-- Measured with 10,000 clients and 1,000,000 entries (docs/benchmarks-session-log.md):
-- the dashboard's grouped scan of a clinic's last 14 days read every row from the table; this index covers it
-- (and the latest-weight query), so the scan stays inside the index. It makes (clinic_id, started_at) redundant.
CREATE INDEX ix_session_log_entry_dashboard
  ON session_log_entry (clinic_id, started_at, kind, deleted_at, client_id, baby_id, weight_g);
DROP INDEX ix_session_log_entry_recent ON session_log_entry;

-- A dyad's charts filter on client and baby and a time range: MariaDB intersected two foreign-key indexes and
-- sorted; one index on all four columns serves the range in order.
CREATE INDEX ix_session_log_entry_dyad ON session_log_entry (clinic_id, client_id, baby_id, started_at);
DROP INDEX ix_session_log_entry_client ON session_log_entry;
