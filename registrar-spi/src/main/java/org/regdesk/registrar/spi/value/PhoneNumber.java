package org.regdesk.registrar.spi.value;

import org.regdesk.registrar.spi.internal.Require;

/**
 * A telephone number in E.164 terms: a country calling code and a national significant number, at
 * most 15 digits together. Holding the two parts apart lets every plugin render the form its
 * registrar wants (for example {@code +34.912345678}) without guessing where the country code ends.
 *
 * <p>The SPI does not know each country's numbering plan; the host turns what customers type into
 * this value (with a phone library) and the registry has the final word on validity.
 *
 * @param countryCode the country calling code, 1–999, e.g. 34 for Spain
 * @param nationalNumber the national significant number, digits only, e.g. {@code 912345678}
 */
public record PhoneNumber(int countryCode, String nationalNumber) {

  /** The most digits an E.164 number has, country code included. */
  public static final int MAX_DIGITS = 15;

  private static final String FIELD = "phone";

  /**
   * Removes spaces and punctuation from the national number and checks the digit counts.
   *
   * @param countryCode the country calling code, 1–999, e.g. 34 for Spain
   * @param nationalNumber the national significant number, digits only, e.g. {@code 912345678}
   */
  public PhoneNumber {
    if (countryCode < 1 || countryCode > 999) {
      throw new InvalidValueException(FIELD, "the country calling code must be 1 to 3 digits");
    }
    Require.present(FIELD, nationalNumber);
    nationalNumber = nationalNumber.replaceAll("[\\s().\\-/]", "");
    if (nationalNumber.isEmpty() || !nationalNumber.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw new InvalidValueException(FIELD, "the national number must be digits");
    }
    int digits = String.valueOf(countryCode).length() + nationalNumber.length();
    if (digits > MAX_DIGITS) {
      throw new InvalidValueException(
          FIELD, "must have at most " + MAX_DIGITS + " digits including the country code");
    }
  }

  /**
   * A number from its parts.
   *
   * @param countryCode the country calling code, e.g. 34
   * @param nationalNumber the national number; spaces, dots, dashes, slashes and parentheses are
   *     removed
   * @return the number
   * @throws InvalidValueException naming the field {@code phone}
   */
  public static PhoneNumber of(int countryCode, String nationalNumber) {
    return new PhoneNumber(countryCode, nationalNumber);
  }

  /**
   * Parses a number written as {@code +<country code><separator><national number>}, where the
   * separator is a dot, space or dash: {@code +34.912345678}, {@code +34 912 34 56 78}. A number
   * without a separator cannot be split without a numbering plan and is refused.
   *
   * @param text the number
   * @return the number
   * @throws InvalidValueException naming the field {@code phone}
   */
  public static PhoneNumber parse(String text) {
    String trimmed = Require.line(FIELD, text, 40);
    if (!trimmed.startsWith("+")) {
      throw new InvalidValueException(FIELD, "must start with + and the country calling code");
    }
    int separator = 1;
    while (separator < trimmed.length() && Character.isDigit(trimmed.charAt(separator))) {
      separator++;
    }
    if (separator == 1
        || separator >= trimmed.length()
        || ".- ".indexOf(trimmed.charAt(separator)) < 0) {
      throw new InvalidValueException(
          FIELD, "must separate the country calling code with a dot or space, as in +34.912345678");
    }
    if (separator > 4) {
      throw new InvalidValueException(FIELD, "the country calling code must be 1 to 3 digits");
    }
    return new PhoneNumber(
        Integer.parseInt(trimmed.substring(1, separator)), trimmed.substring(separator + 1));
  }

  /**
   * The E.164 form, e.g. {@code +34912345678}.
   *
   * @return {@code +} followed by all digits
   */
  public String e164() {
    return "+" + countryCode + nationalNumber;
  }

  /** Returns the E.164 form. */
  @Override
  public String toString() {
    return e164();
  }
}
