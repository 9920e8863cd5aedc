-- The staff client form sends the same request key until a save succeeds, so that pressing Save again after a
-- "not saved" whose commit did reach the database finds the stored client instead of creating a second one.
ALTER TABLE client ADD COLUMN request_key CHAR(36) NULL;
CREATE UNIQUE INDEX ux_client_request_key ON client (clinic_id, request_key);
