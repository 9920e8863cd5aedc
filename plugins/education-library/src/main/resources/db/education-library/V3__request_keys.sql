-- Idempotent "Save draft" of a new article: the editor makes a key (a UUID) and keeps it until the first save
-- succeeds. Saving again after an error whose answer was lost (the commit may have reached the database) finds the
-- article by its key instead of creating a second draft. NULL for articles created without a key (starter articles).
ALTER TABLE education_library_article ADD COLUMN request_key CHAR(36) NULL;
CREATE UNIQUE INDEX ux_education_library_article_request_key ON education_library_article (clinic_id, request_key);
