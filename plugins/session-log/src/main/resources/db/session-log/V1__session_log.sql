-- Session log: one row per logged event (breastfeed, pump, bottle, diaper, weight), times in UTC.
-- Deleted rows keep deleted_at for the portal's undo; erasure deletes them for good.
CREATE TABLE session_log_entry (
  id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  clinic_id      BIGINT        NOT NULL,
  client_id      BIGINT        NOT NULL,
  baby_id        BIGINT        NOT NULL,
  kind           VARCHAR(16)   NOT NULL,
  started_at     DATETIME(6)   NOT NULL,
  ended_at       DATETIME(6)   NULL,
  left_seconds   INT           NULL,
  right_seconds  INT           NULL,
  end_side       VARCHAR(5)    NULL,
  left_ml        INT           NULL,
  right_ml       INT           NULL,
  total_ml       INT           NULL,
  milk_type      VARCHAR(16)   NULL,
  wet            BOOLEAN       NULL,
  dirty          BOOLEAN       NULL,
  weight_g       INT           NULL,
  comfort        INT           NULL,
  note           VARCHAR(500)  NULL,
  created_by     BIGINT        NULL,
  created_at     DATETIME(6)   NOT NULL,
  updated_at     DATETIME(6)   NOT NULL,
  deleted_at     DATETIME(6)   NULL,
  CONSTRAINT fk_session_log_entry_clinic FOREIGN KEY (clinic_id) REFERENCES clinic (id),
  CONSTRAINT fk_session_log_entry_client FOREIGN KEY (client_id) REFERENCES client (id) ON DELETE CASCADE,
  CONSTRAINT fk_session_log_entry_baby FOREIGN KEY (baby_id) REFERENCES baby (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_session_log_entry_baby ON session_log_entry (clinic_id, baby_id, started_at);
CREATE INDEX ix_session_log_entry_client ON session_log_entry (clinic_id, client_id, started_at);
CREATE INDEX ix_session_log_entry_recent ON session_log_entry (clinic_id, started_at);

-- The running breastfeed timer of a baby: at most one, kept on the server so that it survives a closed browser.
CREATE TABLE session_log_timer (
  baby_id          BIGINT       NOT NULL PRIMARY KEY,
  clinic_id        BIGINT       NOT NULL,
  client_id        BIGINT       NOT NULL,
  started_at       DATETIME(6)  NOT NULL,
  side             VARCHAR(5)   NOT NULL,
  side_started_at  DATETIME(6)  NOT NULL,
  left_seconds     INT          NOT NULL DEFAULT 0,
  right_seconds    INT          NOT NULL DEFAULT 0,
  started_by       BIGINT       NULL,
  CONSTRAINT fk_session_log_timer_clinic FOREIGN KEY (clinic_id) REFERENCES clinic (id),
  CONSTRAINT fk_session_log_timer_client FOREIGN KEY (client_id) REFERENCES client (id) ON DELETE CASCADE,
  CONSTRAINT fk_session_log_timer_baby FOREIGN KEY (baby_id) REFERENCES baby (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_session_log_timer_client ON session_log_timer (clinic_id, client_id);
