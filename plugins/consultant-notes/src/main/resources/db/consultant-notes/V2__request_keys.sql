-- Idempotent starts and addenda: the "Start a visit note" bar and the addendum form make a key (a UUID) and keep it
-- until a press succeeds. Pressing again after an error whose answer was lost (the commit may have reached the
-- database) finds the stored draft or addendum by its key instead of writing a second one; a signed addendum can never
-- be removed, so a duplicate would stay in the legal record for good. NULL for rows written without a key.
ALTER TABLE consultant_notes_note ADD COLUMN request_key CHAR(36) NULL;
CREATE UNIQUE INDEX ux_cn_note_request_key ON consultant_notes_note (client_id, request_key);

ALTER TABLE consultant_notes_addendum ADD COLUMN request_key CHAR(36) NULL;
CREATE UNIQUE INDEX ux_cn_addendum_request_key ON consultant_notes_addendum (note_id, request_key);
