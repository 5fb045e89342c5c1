package org.regdesk.registrar.spi.value;

/** Whether a contact is a person or an organisation; registries apply different rules to each. */
public enum ContactType {
  /** A natural person. */
  INDIVIDUAL,
  /** A company, association or other organisation; it must have an organisation name. */
  ORGANISATION
}
