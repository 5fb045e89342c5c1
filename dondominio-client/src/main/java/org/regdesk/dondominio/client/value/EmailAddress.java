package org.regdesk.dondominio.client.value;

import org.regdesk.dondominio.client.error.InvalidRequestValueException;

/**
 * An e-mail address. Checked for shape only (one {@code @}, a local part, a domain with a dot, no
 * spaces or control characters, at most 254 characters); deliverability is the registry's business.
 *
 * @param value the address as given
 */
public record EmailAddress(String value) {
  private static final int MAX_LENGTH = 254;
  private static final int MAX_LOCAL_LENGTH = 64;

  /** Validates the shape. */
  public EmailAddress {
    check(value, "email");
  }

  /** Parses an address. */
  public static EmailAddress of(String value) {
    return new EmailAddress(value);
  }

  /** Parses an address, naming {@code field} in the error when it is invalid. */
  public static EmailAddress parse(String value, String field) {
    check(value, field);
    return new EmailAddress(value);
  }

  private static void check(String value, String field) {
    if (value == null) {
      throw new InvalidRequestValueException(field, "is required");
    }
    int at = value.lastIndexOf('@');
    boolean ok =
        value.length() <= MAX_LENGTH
            && at > 0
            && at <= MAX_LOCAL_LENGTH
            && value.indexOf('@') == at
            && value.indexOf('.', at) > at + 1
            && !value.endsWith(".")
            && value
                .codePoints()
                .noneMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c));
    if (!ok) {
      throw new InvalidRequestValueException(field, "must be an e-mail address");
    }
  }

  @Override
  public String toString() {
    return value;
  }
}
