-- Per-clinic values of the settings a module declares; a missing row means the module's default applies.
CREATE TABLE module_setting (
  clinic_id      BIGINT        NOT NULL,
  module_id      VARCHAR(64)   NOT NULL,
  setting_key    VARCHAR(64)   NOT NULL,
  setting_value  VARCHAR(2000) NOT NULL,
  changed_by     BIGINT        NULL,
  changed_at     DATETIME(6)   NOT NULL,
  PRIMARY KEY (clinic_id, module_id, setting_key),
  CONSTRAINT fk_module_setting_clinic FOREIGN KEY (clinic_id) REFERENCES clinic (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
