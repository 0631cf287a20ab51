-- Every configuration the centre has been run with, by version (a hash of the document), so the
-- city hub can read each part of the event log through the configuration then in force: a
-- `config.changed` event names the version it put in force.
CREATE TABLE config_versions (
  version TEXT PRIMARY KEY,
  document TEXT NOT NULL,
  first_used_at INTEGER NOT NULL
);
INSERT INTO config_versions (version, document, first_used_at)
  SELECT 'initial', document, updated_at FROM centre_config WHERE id = 1;
