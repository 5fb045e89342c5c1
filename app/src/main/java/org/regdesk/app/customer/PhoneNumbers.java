package org.regdesk.app.customer;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber;
import org.regdesk.registrar.spi.value.CountryCode;
import org.regdesk.registrar.spi.value.InvalidValueException;
import org.regdesk.registrar.spi.value.PhoneNumber;

/**
 * Turns what people type as a phone number into the registrar SPI's {@link PhoneNumber}, checked
 * against the country's numbering plan (libphonenumber): {@code +34 912 34 56 78}, {@code
 * +34912345678}, or {@code 912 345 678} for a customer in Spain.
 */
public final class PhoneNumbers {

  private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();
  private static final String FIELD = "phone";
  private static final int MAX_LENGTH = 40;

  private PhoneNumbers() {}

  /**
   * Reads a typed number.
   *
   * @param text the number as typed
   * @param country the customer's country, for numbers typed without {@code +}; may be null
   * @return the number
   * @throws InvalidValueException naming the field {@code phone}, never repeating the number
   */
  public static PhoneNumber parse(String text, CountryCode country) {
    if (text == null || text.isBlank()) {
      throw new InvalidValueException(FIELD, "is required");
    }
    String trimmed = text.strip();
    if (trimmed.length() > MAX_LENGTH) {
      throw new InvalidValueException(FIELD, "must be at most " + MAX_LENGTH + " characters");
    }
    Phonenumber.PhoneNumber number;
    try {
      number = PHONES.parse(trimmed, country == null ? "ZZ" : country.alpha2());
    } catch (NumberParseException e) {
      throw new InvalidValueException(
          FIELD,
          e.getErrorType() == NumberParseException.ErrorType.INVALID_COUNTRY_CODE
              ? "must start with + and the country calling code, e.g. +34 912 345 678"
              : "is not a phone number");
    }
    if (number.hasExtension()) {
      throw new InvalidValueException(FIELD, "must not have an extension");
    }
    if (!PHONES.isValidNumber(number)) {
      throw new InvalidValueException(FIELD, "is not a valid number for its country");
    }
    return toValue(number);
  }

  /**
   * Reads a number stored in E.164 form. Not checked against the numbering plan again: it was when
   * stored, and plans change.
   *
   * @param e164 e.g. {@code +34912345678}
   * @return the number
   * @throws IllegalStateException when the stored text is not E.164
   */
  public static PhoneNumber fromE164(String e164) {
    try {
      return toValue(PHONES.parse(e164, "ZZ"));
    } catch (NumberParseException e) {
      throw new IllegalStateException("a stored phone number is not in E.164 form", e);
    }
  }

  private static PhoneNumber toValue(Phonenumber.PhoneNumber number) {
    return PhoneNumber.of(number.getCountryCode(), PHONES.getNationalSignificantNumber(number));
  }
}
