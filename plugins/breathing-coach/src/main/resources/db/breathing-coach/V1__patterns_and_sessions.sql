-- Breathing coach: clinic-defined patterns, the clinic's default pattern, and the sessions parents breathe.

CREATE TABLE breathing_coach_pattern (
  id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  clinic_id    BIGINT       NOT NULL,
  name         VARCHAR(60)  NOT NULL,
  inhale_s     INT          NOT NULL,
  hold_in_s    INT          NOT NULL,
  exhale_s     INT          NOT NULL,
  hold_out_s   INT          NOT NULL,
  cycles       INT          NOT NULL,
  instruction  VARCHAR(200) NOT NULL,
  created_at   DATETIME(6)  NOT NULL,
  CONSTRAINT uq_breathing_coach_pattern_name UNIQUE (clinic_id, name),
  CONSTRAINT fk_breathing_coach_pattern_clinic FOREIGN KEY (clinic_id) REFERENCES clinic (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The pattern the portal offers first: a built-in key such as 'let-down-calm' or 'clinic-<id>'.
CREATE TABLE breathing_coach_clinic_default (
  clinic_id    BIGINT       NOT NULL PRIMARY KEY,
  pattern_key  VARCHAR(40)  NOT NULL,
  changed_at   DATETIME(6)  NOT NULL,
  CONSTRAINT fk_breathing_coach_default_clinic FOREIGN KEY (clinic_id) REFERENCES clinic (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A session keeps a copy of its pattern, so that editing or removing a clinic pattern never rewrites history.
-- pump_entry_id points at a session-log pump entry without a foreign key: that module may be disabled or absent.
CREATE TABLE breathing_coach_session (
  id                BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  clinic_id         BIGINT       NOT NULL,
  client_id         BIGINT       NOT NULL,
  pattern_key       VARCHAR(40)  NOT NULL,
  pattern_name      VARCHAR(60)  NOT NULL,
  inhale_s          INT          NOT NULL,
  hold_in_s         INT          NOT NULL,
  exhale_s          INT          NOT NULL,
  hold_out_s        INT          NOT NULL,
  cycles_planned    INT          NOT NULL,
  cycles_completed  INT          NOT NULL,
  partial           BOOLEAN      NOT NULL,
  tension_before    INT          NULL,
  tension_after     INT          NULL,
  started_at        DATETIME(6)  NOT NULL,
  ended_at          DATETIME(6)  NOT NULL,
  pump_entry_id     BIGINT       NULL,
  recorded_by       BIGINT       NOT NULL,
  CONSTRAINT fk_breathing_coach_session_clinic FOREIGN KEY (clinic_id) REFERENCES clinic (id),
  CONSTRAINT fk_breathing_coach_session_client FOREIGN KEY (client_id) REFERENCES client (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_breathing_coach_session_client ON breathing_coach_session (clinic_id, client_id, started_at);
CREATE INDEX ix_breathing_coach_session_pump ON breathing_coach_session (clinic_id, pump_entry_id);
