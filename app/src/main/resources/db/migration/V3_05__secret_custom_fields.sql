-- SECRET domain fields (a registry password such as .aero's): values are sealed by the desk before
-- they are stored, and masked wherever they are shown.
ALTER TABLE custom_fields DROP CONSTRAINT custom_fields_field_type_check;
ALTER TABLE custom_fields ADD CONSTRAINT custom_fields_field_type_check
  CHECK (field_type IN ('TEXT', 'DATE', 'CHOICE', 'YES_NO', 'SECRET'));
ALTER TABLE custom_fields ADD CONSTRAINT custom_fields_secret_kind_check
  CHECK (field_type <> 'SECRET' OR kind = 'DOMAIN');
