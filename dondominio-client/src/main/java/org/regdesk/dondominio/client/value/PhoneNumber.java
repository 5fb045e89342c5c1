package org.regdesk.dondominio.client.value;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.regdesk.dondominio.client.error.InvalidRequestValueException;

/**
 * A phone or fax number in the API's {@code +CC.NNN} form: a plus sign, the country calling code, a
 * dot and the national number, digits only, e.g. {@code +34.912345678}.
 *
 * <p>The calling code has one to three digits and does not start with 0; the whole number has at
 * most 15 digits (ITU E.164).
 *
 * @param value the number in {@code +CC.NNN} form
 */
public record PhoneNumber(String value) {
  private static final Pattern SYNTAX = Pattern.compile("\\+([1-9][0-9]{0,2})\\.([0-9]{1,14})");
  private static final int MAX_DIGITS = 15;

  /** Validates the form. */
  public PhoneNumber {
    check(value, "phone");
  }

  /** Parses {@code +CC.NNN}. */
  public static PhoneNumber of(String value) {
    return new PhoneNumber(value);
  }

  /** Parses {@code +CC.NNN}, naming {@code field} in the error when it is invalid. */
  public static PhoneNumber parse(String value, String field) {
    check(value, field);
    return new PhoneNumber(value);
  }

  /** Builds the number from its calling code and national number (digits only). */
  public static PhoneNumber of(int countryCallingCode, String nationalNumber) {
    return new PhoneNumber("+" + countryCallingCode + "." + nationalNumber);
  }

  /** The country calling code, e.g. {@code 34}. */
  public int countryCallingCode() {
    return Integer.parseInt(value.substring(1, value.indexOf('.')));
  }

  /** The national number, digits only. */
  public String nationalNumber() {
    return value.substring(value.indexOf('.') + 1);
  }

  private static void check(String value, String field) {
    if (value == null) {
      throw new InvalidRequestValueException(field, "is required");
    }
    Matcher m = SYNTAX.matcher(value);
    if (!m.matches()) {
      throw new InvalidRequestValueException(
          field, "must be a phone number of the form +CC.NNN, e.g. +34.912345678");
    }
    if (m.group(1).length() + m.group(2).length() > MAX_DIGITS) {
      throw new InvalidRequestValueException(field, "must have at most " + MAX_DIGITS + " digits");
    }
  }

  @Override
  public String toString() {
    return value;
  }
}
