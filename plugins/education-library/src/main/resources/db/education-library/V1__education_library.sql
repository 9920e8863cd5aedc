-- Education library. Every row carries clinic_id. The platform's starter articles ship as Markdown in the plugin jar;
-- each clinic gets its own read-only copy (starter_key set), which it can hide but not edit.

-- An article's working copy and its workflow status. Parents never read this table: they read the published version
-- that live_version points to.
CREATE TABLE education_library_article (
  id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  clinic_id        BIGINT        NOT NULL,
  starter_key      VARCHAR(64)   NULL,
  title            VARCHAR(200)  NOT NULL,
  summary          VARCHAR(500)  NOT NULL,
  body_md          MEDIUMTEXT    NOT NULL,
  category         VARCHAR(32)   NOT NULL,
  tags             VARCHAR(500)  NOT NULL,
  language         VARCHAR(16)   NOT NULL,
  author           VARCHAR(200)  NOT NULL,
  reading_minutes  INT           NOT NULL,
  status           VARCHAR(16)   NOT NULL,
  review_by        DATE          NULL,
  hidden           BOOLEAN       NOT NULL DEFAULT FALSE,
  live_version     INT           NULL,
  row_version      INT           NOT NULL DEFAULT 0,
  created_at       DATETIME(6)   NOT NULL,
  updated_at       DATETIME(6)   NOT NULL,
  CONSTRAINT uq_education_library_article_starter UNIQUE (clinic_id, starter_key),
  CONSTRAINT fk_education_library_article_clinic FOREIGN KEY (clinic_id) REFERENCES clinic (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_education_library_article_list ON education_library_article (clinic_id, status, updated_at);
CREATE FULLTEXT INDEX ft_education_library_article_title ON education_library_article (title);
CREATE FULLTEXT INDEX ft_education_library_article_all ON education_library_article (title, summary, tags, body_md);

-- Every published version, kept for history and diffs. The portal reads and searches these rows.
CREATE TABLE education_library_version (
  id                 BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  clinic_id          BIGINT        NOT NULL,
  article_id         BIGINT        NOT NULL,
  version_no         INT           NOT NULL,
  title              VARCHAR(200)  NOT NULL,
  summary            VARCHAR(500)  NOT NULL,
  body_md            MEDIUMTEXT    NOT NULL,
  category           VARCHAR(32)   NOT NULL,
  tags               VARCHAR(500)  NOT NULL,
  language           VARCHAR(16)   NOT NULL,
  author             VARCHAR(200)  NOT NULL,
  reading_minutes    INT           NOT NULL,
  published_at       DATETIME(6)   NOT NULL,
  published_by_name  VARCHAR(200)  NOT NULL,
  CONSTRAINT uq_education_library_version UNIQUE (article_id, version_no),
  CONSTRAINT fk_education_library_version_clinic FOREIGN KEY (clinic_id) REFERENCES clinic (id),
  CONSTRAINT fk_education_library_version_article FOREIGN KEY (article_id) REFERENCES education_library_article (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_education_library_version_clinic ON education_library_version (clinic_id, category);
CREATE FULLTEXT INDEX ft_education_library_version_title ON education_library_version (title);
CREATE FULLTEXT INDEX ft_education_library_version_all ON education_library_version (title, summary, tags, body_md);

-- One row per client and article: assigned (with the consultant's note), opened, finished. Client data.
CREATE TABLE education_library_reading (
  id                BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
  clinic_id         BIGINT         NOT NULL,
  client_id         BIGINT         NOT NULL,
  article_id        BIGINT         NOT NULL,
  assigned_at       DATETIME(6)    NULL,
  assigned_by_name  VARCHAR(200)   NULL,
  note              VARCHAR(1000)  NULL,
  opened_at         DATETIME(6)    NULL,
  finished_at       DATETIME(6)    NULL,
  CONSTRAINT uq_education_library_reading UNIQUE (client_id, article_id),
  CONSTRAINT fk_education_library_reading_clinic FOREIGN KEY (clinic_id) REFERENCES clinic (id),
  CONSTRAINT fk_education_library_reading_client FOREIGN KEY (client_id) REFERENCES client (id) ON DELETE CASCADE,
  CONSTRAINT fk_education_library_reading_article FOREIGN KEY (article_id) REFERENCES education_library_article (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_education_library_reading_client ON education_library_reading (clinic_id, client_id, assigned_at);
