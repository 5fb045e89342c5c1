package org.regdesk.registrar.spi.value;

import org.regdesk.registrar.spi.internal.Require;

/**
 * The registrar's identifier of a contact it already holds, e.g. DonDominio's {@code ABC-123456}.
 * Used instead of inline data to reuse a contact (the reseller's own admin or tech contact, say).
 * The SPI checks only the general shape; each plugin checks its registrar's format.
 *
 * @param value 1–64 characters: letters, digits, dot, underscore, colon or hyphen
 */
public record ContactHandle(String value) {

  /**
   * Checks the general shape.
   *
   * @param value 1–64 characters: letters, digits, dot, underscore, colon or hyphen
   */
  public ContactHandle {
    value = Require.line("contactHandle", value, 64);
    if (!value
        .chars()
        .allMatch(
            c ->
                (c >= 'a' && c <= 'z')
                    || (c >= 'A' && c <= 'Z')
                    || (c >= '0' && c <= '9')
                    || "._:-".indexOf(c) >= 0)) {
      throw new InvalidValueException(
          "contactHandle", "may hold only letters, digits, '.', '_', ':' and '-'");
    }
  }

  /**
   * A handle from text.
   *
   * @param value e.g. {@code ABC-123456}
   * @return the handle
   * @throws InvalidValueException naming the field {@code contactHandle}
   */
  public static ContactHandle of(String value) {
    return new ContactHandle(value);
  }

  /** Returns the handle. */
  @Override
  public String toString() {
    return value;
  }
}
