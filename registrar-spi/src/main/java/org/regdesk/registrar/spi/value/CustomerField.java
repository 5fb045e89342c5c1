package org.regdesk.registrar.spi.value;

import java.util.Optional;

/**
 * Facts about the customer (the registrant) that some TLDs need and that the desk keeps with the
 * customer rather than with each domain. A TLD lists the ones it needs in its requirements; the
 * host collects them (from its customer fields) and passes them in {@link TldFieldValues}.
 *
 * <p>Each constant has a stable {@link #key()}; hosts link their own fields to it and never to a
 * display name.
 */
public enum CustomerField {
  /**
   * The registrant's tax or identity number (VAT number, NIF/NIE/CIF, passport number …). When the
   * owner is sent as inline data it also travels as the owner contact's identity number.
   */
  IDENTITY_NUMBER("identityNumber"),
  /** The registrant's date of birth, ISO {@code YYYY-MM-DD}. */
  DATE_OF_BIRTH("dateOfBirth");

  private final String key;

  CustomerField(String key) {
    this.key = key;
  }

  /**
   * The stable key, e.g. {@code dateOfBirth}.
   *
   * @return the key
   */
  public String key() {
    return key;
  }

  /**
   * The field with this key.
   *
   * @param key a stable key
   * @return the field, or empty if no field has this key
   */
  public static Optional<CustomerField> ofKey(String key) {
    for (CustomerField field : values()) {
      if (field.key.equals(key)) {
        return Optional.of(field);
      }
    }
    return Optional.empty();
  }
}
