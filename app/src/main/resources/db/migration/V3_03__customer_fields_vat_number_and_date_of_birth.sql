-- The two customer fields registrars ask for, present from the first start and linked to the
-- registrar SPI's CustomerField keys, so plugins find them whatever an admin renames them to.
-- Neither is required: only some TLDs need them, and the order checks that.
INSERT INTO custom_fields
  (kind, field_key, name, name_lower, field_type, required, all_groups, in_signup, linked_customer_field)
VALUES
  ('CUSTOMER', 'vatNumber', 'VAT Number', 'vat number', 'TEXT', FALSE, FALSE, TRUE, 'identityNumber'),
  ('CUSTOMER', 'dateOfBirth', 'Date of Birth', 'date of birth', 'DATE', FALSE, FALSE, FALSE, 'dateOfBirth');
