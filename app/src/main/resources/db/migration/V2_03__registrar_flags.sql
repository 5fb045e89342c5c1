-- A plugin whose registrar refused its credentials: jobs for it wait instead of calling again, and
-- staff see the flag on Settings › Plugins › Registrars and the dashboard. A successful Test
-- connection or saving the settings deletes the row.
CREATE TABLE registrar_flags (
  plugin VARCHAR(32) NOT NULL,
  message VARCHAR(2000) NOT NULL,
  flagged_at TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT registrar_flags_pkey PRIMARY KEY (plugin)
);
