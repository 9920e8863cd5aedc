-- Dyad core schema. Every clinic-owned row carries clinic_id; plugins own their own prefixed tables.
-- Indexes are separate CREATE INDEX statements so that jOOQ can generate code from this script without a database.

CREATE TABLE clinic (
  id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  name        VARCHAR(200) NOT NULL,
  time_zone   VARCHAR(64)  NOT NULL,
  locale      VARCHAR(16)  NOT NULL DEFAULT 'en',
  created_at  DATETIME(6)  NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE client (
  id                BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  clinic_id         BIGINT       NOT NULL,
  first_name        VARCHAR(100) NOT NULL,
  last_name         VARCHAR(100) NOT NULL,
  email             VARCHAR(254) NULL,
  phone             VARCHAR(40)  NULL,
  created_at        DATETIME(6)  NOT NULL,
  updated_at        DATETIME(6)  NOT NULL,
  last_activity_at  DATETIME(6)  NOT NULL,
  archived_at       DATETIME(6)  NULL,
  version           INT          NOT NULL DEFAULT 0,
  CONSTRAINT fk_client_clinic FOREIGN KEY (clinic_id) REFERENCES clinic (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_client_clinic_name ON client (clinic_id, last_name, first_name);
CREATE INDEX ix_client_clinic_activity ON client (clinic_id, last_activity_at);

CREATE TABLE baby (
  id                     BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  clinic_id              BIGINT       NOT NULL,
  client_id              BIGINT       NOT NULL,
  name                   VARCHAR(100) NOT NULL,
  date_of_birth          DATE         NOT NULL,
  birth_weight_g         INT          NOT NULL,
  gestational_age_weeks  INT          NOT NULL,
  created_at             DATETIME(6)  NOT NULL,
  CONSTRAINT fk_baby_clinic FOREIGN KEY (clinic_id) REFERENCES clinic (id),
  CONSTRAINT fk_baby_client FOREIGN KEY (client_id) REFERENCES client (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_baby_client ON baby (clinic_id, client_id);

-- Every person who signs in: platform administrators (no clinic), clinic staff (one clinic, one role)
-- and parents (one clinic, exactly one client record).
CREATE TABLE app_user (
  id                 BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  username           VARCHAR(254) NOT NULL,
  password_hash      VARCHAR(200) NOT NULL,
  display_name       VARCHAR(200) NOT NULL,
  role               ENUM('PLATFORM_ADMIN','CLINIC_ADMIN','CONSULTANT','FRONT_DESK','PARENT') NOT NULL,
  clinic_id          BIGINT       NULL,
  client_id          BIGINT       NULL,
  active             BOOLEAN      NOT NULL DEFAULT TRUE,
  failed_logins      INT          NOT NULL DEFAULT 0,
  first_failed_at    DATETIME(6)  NULL,
  locked_until       DATETIME(6)  NULL,
  last_login_at      DATETIME(6)  NULL,
  created_at         DATETIME(6)  NOT NULL,
  CONSTRAINT uq_app_user_username UNIQUE (username),
  CONSTRAINT uq_app_user_client UNIQUE (client_id),
  CONSTRAINT fk_app_user_clinic FOREIGN KEY (clinic_id) REFERENCES clinic (id),
  CONSTRAINT fk_app_user_client FOREIGN KEY (client_id) REFERENCES client (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_app_user_clinic ON app_user (clinic_id, role);

-- One-time portal invitation links; only a SHA-256 of the token is stored.
CREATE TABLE portal_invitation (
  id           BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
  clinic_id    BIGINT      NOT NULL,
  client_id    BIGINT      NOT NULL,
  token_hash   CHAR(64)    NOT NULL,
  created_by   BIGINT      NOT NULL,
  created_at   DATETIME(6) NOT NULL,
  expires_at   DATETIME(6) NOT NULL,
  used_at      DATETIME(6) NULL,
  CONSTRAINT uq_portal_invitation_token UNIQUE (token_hash),
  CONSTRAINT fk_portal_invitation_clinic FOREIGN KEY (clinic_id) REFERENCES clinic (id),
  CONSTRAINT fk_portal_invitation_client FOREIGN KEY (client_id) REFERENCES client (id) ON DELETE CASCADE,
  CONSTRAINT fk_portal_invitation_user FOREIGN KEY (created_by) REFERENCES app_user (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_portal_invitation_client ON portal_invitation (clinic_id, client_id);

-- Desired per-clinic state of a module: a flag only. Disabling never deletes a module's data.
CREATE TABLE module_state (
  clinic_id   BIGINT       NOT NULL,
  module_id   VARCHAR(64)  NOT NULL,
  enabled     BOOLEAN      NOT NULL,
  changed_by  BIGINT       NULL,
  changed_at  DATETIME(6)  NOT NULL,
  PRIMARY KEY (clinic_id, module_id),
  CONSTRAINT fk_module_state_clinic FOREIGN KEY (clinic_id) REFERENCES clinic (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Desired platform-wide state of an installed plugin (started or stopped), so that every node agrees.
CREATE TABLE plugin_state (
  plugin_id   VARCHAR(64)  NOT NULL PRIMARY KEY,
  started     BOOLEAN      NOT NULL,
  checksum    CHAR(64)     NULL,
  changed_by  BIGINT       NULL,
  changed_at  DATETIME(6)  NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Append-only audit trail of every read and write of clinical data. Triggers refuse UPDATE and DELETE.
CREATE TABLE audit_event (
  id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  occurred_at    DATETIME(6)   NOT NULL,
  actor_user_id  BIGINT        NULL,
  actor_name     VARCHAR(254)  NOT NULL,
  clinic_id      BIGINT        NULL,
  action         VARCHAR(64)   NOT NULL,
  subject_type   VARCHAR(64)   NOT NULL,
  subject_id     BIGINT        NULL,
  client_id      BIGINT        NULL,
  details        VARCHAR(2000) NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_audit_clinic_time ON audit_event (clinic_id, occurred_at);
CREATE INDEX ix_audit_clinic_actor ON audit_event (clinic_id, actor_user_id, occurred_at);
CREATE INDEX ix_audit_clinic_client ON audit_event (clinic_id, client_id, occurred_at);

/* [jooq ignore start] */
CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event
  FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit events are append-only';
CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event
  FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit events are append-only';
/* [jooq ignore stop] */
