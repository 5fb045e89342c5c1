package org.regdesk.dondominio.client.value;

import java.util.Locale;
import java.util.regex.Pattern;
import org.regdesk.dondominio.client.error.InvalidRequestValueException;

/**
 * The ID of a contact stored at DonDominio, letters, a hyphen and digits such as {@code
 * JXD-2355464}. Case-insensitive on the wire; held in upper case.
 *
 * @param value the ID in upper case
 */
public record ContactId(String value) {
  private static final Pattern SYNTAX = Pattern.compile("[A-Z]+-[0-9]+");
  private static final int MAX_LENGTH = 64;

  /** Validates and upper-cases. */
  public ContactId {
    value = check(value, "contactID");
  }

  /** Parses an ID. */
  public static ContactId of(String value) {
    return new ContactId(value);
  }

  /** Parses an ID, naming {@code field} in the error when it is invalid. */
  public static ContactId parse(String value, String field) {
    return new ContactId(check(value, field));
  }

  private static String check(String value, String field) {
    if (value == null) {
      throw new InvalidRequestValueException(field, "is required");
    }
    String upper = value.toUpperCase(Locale.ROOT);
    if (upper.length() > MAX_LENGTH || !SYNTAX.matcher(upper).matches()) {
      throw new InvalidRequestValueException(field, "must be a contact ID of the form ABC-12345");
    }
    return upper;
  }

  @Override
  public String toString() {
    return value;
  }
}
