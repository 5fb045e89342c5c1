-- One stored configuration per registrar plugin, kept under the plugin's stable name. Every save
-- raises the revision, so each desk instance notices a change made elsewhere and rebuilds its
-- plugin instance.
CREATE TABLE registrar_configurations (
  plugin VARCHAR(32) NOT NULL,
  revision BIGINT NOT NULL,
  updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
  updated_by VARCHAR(200) NOT NULL,
  CONSTRAINT registrar_configurations_pkey PRIMARY KEY (plugin)
);

-- The values of a configuration, under the settings' stable keys (never the labels). Secret values
-- are sealed with AES-GCM before they are written (encrypted = TRUE); nothing here is plaintext
-- that the settings schema calls secret.
CREATE TABLE registrar_setting_values (
  plugin VARCHAR(32) NOT NULL,
  setting_key VARCHAR(64) NOT NULL,
  setting_value VARCHAR(12000) NOT NULL,
  encrypted BOOLEAN NOT NULL,
  CONSTRAINT registrar_setting_values_pkey PRIMARY KEY (plugin, setting_key),
  CONSTRAINT registrar_setting_values_plugin_fkey FOREIGN KEY (plugin)
    REFERENCES registrar_configurations (plugin) ON DELETE CASCADE
);
