-- Idempotent saves: the portal form sends a key it made itself (a UUID) with every save and keeps it until a save
-- succeeds. A retry after "not saved" (the commit may have reached the database although the answer was lost) finds
-- the stored row by its key instead of inserting a second one. NULL for rows written without a key (imports,
-- staff edits before this version); NULLs never collide in a unique index.
ALTER TABLE session_log_entry ADD COLUMN request_key CHAR(36) NULL;
CREATE UNIQUE INDEX ux_session_log_entry_request_key ON session_log_entry (client_id, request_key);

-- The same for the breastfeed timer: starting again with the key of the start that is already running is not an
-- error (it was this start); stopping again finds the breastfeed it logged by the stop's key (request_key above).
ALTER TABLE session_log_timer ADD COLUMN start_key CHAR(36) NULL;
