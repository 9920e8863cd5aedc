-- Consultant notes: one visit note per encounter with the dyad (a parent section and a section per baby), its
-- template field values, signed addenda and a lifecycle history. Every row carries clinic_id and client_id so that
-- export and erasure of one client's data are one filter per table. Text columns hold at most 20,000 characters
-- (checked by the plugin before writing); MEDIUMTEXT leaves room for multi-byte characters.

CREATE TABLE consultant_notes_template (
  id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  clinic_id   BIGINT       NOT NULL,
  name        VARCHAR(120) NOT NULL,
  created_at  DATETIME(6)  NOT NULL,
  CONSTRAINT fk_cn_template_clinic FOREIGN KEY (clinic_id) REFERENCES clinic (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_cn_template_clinic ON consultant_notes_template (clinic_id);

CREATE TABLE consultant_notes_template_field (
  id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  clinic_id    BIGINT       NOT NULL,
  template_id  BIGINT       NOT NULL,
  position     INT          NOT NULL,
  label        VARCHAR(120) NOT NULL,
  CONSTRAINT fk_cn_template_field_clinic FOREIGN KEY (clinic_id) REFERENCES clinic (id),
  CONSTRAINT fk_cn_template_field_template FOREIGN KEY (template_id) REFERENCES consultant_notes_template (id)
    ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_cn_template_field_template ON consultant_notes_template_field (clinic_id, template_id);

CREATE TABLE consultant_notes_note (
  id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  clinic_id        BIGINT       NOT NULL,
  client_id        BIGINT       NOT NULL,
  template_key     VARCHAR(64)  NOT NULL,
  template_name    VARCHAR(120) NOT NULL,
  visit_date       DATE         NOT NULL,
  author_user_id   BIGINT       NOT NULL,
  author_name      VARCHAR(200) NOT NULL,
  status           ENUM('DRAFT','SIGNED') NOT NULL,
  concerns         MEDIUMTEXT   NOT NULL,
  feeding_history  MEDIUMTEXT   NOT NULL,
  parent_findings  MEDIUMTEXT   NOT NULL,
  assessment       MEDIUMTEXT   NOT NULL,
  plan             MEDIUMTEXT   NOT NULL,
  created_at       DATETIME(6)  NOT NULL,
  updated_at       DATETIME(6)  NOT NULL,
  updated_by_name  VARCHAR(200) NOT NULL,
  signed_at        DATETIME(6)  NULL,
  plan_shared_at   DATETIME(6)  NULL,
  version          INT          NOT NULL DEFAULT 0,
  CONSTRAINT fk_cn_note_clinic FOREIGN KEY (clinic_id) REFERENCES clinic (id),
  CONSTRAINT fk_cn_note_client FOREIGN KEY (client_id) REFERENCES client (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_cn_note_client ON consultant_notes_note (clinic_id, client_id, visit_date);

CREATE TABLE consultant_notes_baby_section (
  id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  clinic_id        BIGINT       NOT NULL,
  client_id        BIGINT       NOT NULL,
  note_id          BIGINT       NOT NULL,
  baby_id          BIGINT       NOT NULL,
  baby_name        VARCHAR(100) NOT NULL,
  weight_g         INT          NULL,
  oral_assessment  MEDIUMTEXT   NOT NULL,
  findings         MEDIUMTEXT   NOT NULL,
  pre_feed_g       INT          NULL,
  post_feed_g      INT          NULL,
  latch_latch      TINYINT      NULL,
  latch_audible    TINYINT      NULL,
  latch_type       TINYINT      NULL,
  latch_comfort    TINYINT      NULL,
  latch_hold       TINYINT      NULL,
  CONSTRAINT uq_cn_baby_section UNIQUE (note_id, baby_id),
  CONSTRAINT fk_cn_baby_section_clinic FOREIGN KEY (clinic_id) REFERENCES clinic (id),
  CONSTRAINT fk_cn_baby_section_client FOREIGN KEY (client_id) REFERENCES client (id),
  CONSTRAINT fk_cn_baby_section_note FOREIGN KEY (note_id) REFERENCES consultant_notes_note (id) ON DELETE CASCADE,
  CONSTRAINT fk_cn_baby_section_baby FOREIGN KEY (baby_id) REFERENCES baby (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_cn_baby_section_client ON consultant_notes_baby_section (clinic_id, client_id);

CREATE TABLE consultant_notes_field_value (
  id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  clinic_id    BIGINT       NOT NULL,
  client_id    BIGINT       NOT NULL,
  note_id      BIGINT       NOT NULL,
  field_key    VARCHAR(64)  NOT NULL,
  label        VARCHAR(120) NOT NULL,
  position     INT          NOT NULL,
  value        MEDIUMTEXT   NOT NULL,
  CONSTRAINT uq_cn_field_value UNIQUE (note_id, field_key),
  CONSTRAINT fk_cn_field_value_clinic FOREIGN KEY (clinic_id) REFERENCES clinic (id),
  CONSTRAINT fk_cn_field_value_client FOREIGN KEY (client_id) REFERENCES client (id),
  CONSTRAINT fk_cn_field_value_note FOREIGN KEY (note_id) REFERENCES consultant_notes_note (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_cn_field_value_client ON consultant_notes_field_value (clinic_id, client_id);

CREATE TABLE consultant_notes_addendum (
  id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  clinic_id       BIGINT       NOT NULL,
  client_id       BIGINT       NOT NULL,
  note_id         BIGINT       NOT NULL,
  body            MEDIUMTEXT   NOT NULL,
  author_user_id  BIGINT       NOT NULL,
  author_name     VARCHAR(200) NOT NULL,
  signed_at       DATETIME(6)  NOT NULL,
  CONSTRAINT fk_cn_addendum_clinic FOREIGN KEY (clinic_id) REFERENCES clinic (id),
  CONSTRAINT fk_cn_addendum_client FOREIGN KEY (client_id) REFERENCES client (id),
  CONSTRAINT fk_cn_addendum_note FOREIGN KEY (note_id) REFERENCES consultant_notes_note (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_cn_addendum_note ON consultant_notes_addendum (clinic_id, note_id);
CREATE INDEX ix_cn_addendum_client ON consultant_notes_addendum (clinic_id, client_id);

-- Lifecycle history: created, signed, addendum added, care plan shared (autosaves are not listed one by one).
CREATE TABLE consultant_notes_history (
  id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  clinic_id   BIGINT       NOT NULL,
  client_id   BIGINT       NOT NULL,
  note_id     BIGINT       NOT NULL,
  occurred_at DATETIME(6)  NOT NULL,
  actor_name  VARCHAR(200) NOT NULL,
  action      VARCHAR(32)  NOT NULL,
  CONSTRAINT fk_cn_history_clinic FOREIGN KEY (clinic_id) REFERENCES clinic (id),
  CONSTRAINT fk_cn_history_client FOREIGN KEY (client_id) REFERENCES client (id),
  CONSTRAINT fk_cn_history_note FOREIGN KEY (note_id) REFERENCES consultant_notes_note (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_cn_history_note ON consultant_notes_history (clinic_id, note_id);
CREATE INDEX ix_cn_history_client ON consultant_notes_history (clinic_id, client_id);
