-- Runs through the plugin's class loader with its own history table flyway_example_plugin_history.
CREATE TABLE example_plugin_note (
  id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  clinic_id   BIGINT       NOT NULL,
  client_id   BIGINT       NOT NULL,
  text        VARCHAR(500) NOT NULL,
  created_at  DATETIME(6)  NOT NULL,
  CONSTRAINT fk_example_plugin_note_clinic FOREIGN KEY (clinic_id) REFERENCES clinic (id),
  CONSTRAINT fk_example_plugin_note_client FOREIGN KEY (client_id) REFERENCES client (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_example_plugin_note_client ON example_plugin_note (clinic_id, client_id);
