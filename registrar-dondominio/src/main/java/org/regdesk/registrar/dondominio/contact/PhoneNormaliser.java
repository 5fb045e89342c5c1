package org.regdesk.registrar.dondominio.contact;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber;
import java.util.Locale;
import java.util.Optional;
import org.regdesk.registrar.spi.value.PhoneNumber;

/**
 * Writes phone numbers the way DonDominio wants them, {@code +CC.NNN}, with Google's
 * libphonenumber: national trunk prefixes dropped ({@code +44 020 …} becomes {@code +44.20…}),
 * separators removed, and numbers that cannot exist for their country refused. A refused number is
 * the caller's field error, never a registrar error.
 */
public final class PhoneNormaliser {

  private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

  private PhoneNormaliser() {}

  /**
   * Normalises a number the desk already holds with its country calling code.
   *
   * @param phone the number
   * @return {@code +CC.NNN}, or empty if the number cannot exist
   */
  public static Optional<String> normalise(PhoneNumber phone) {
    return parse("+" + phone.countryCode() + phone.nationalNumber(), "ZZ");
  }

  /**
   * Normalises a number as a customer typed it: with a {@code +} or {@code 00} prefix and the
   * country calling code, or in national form for the customer's country.
   *
   * @param typed the number as typed, e.g. {@code 600 11 12 22} or {@code +34 600-111-222}
   * @param country the customer's ISO 3166 country, for national forms
   * @return {@code +CC.NNN}, or empty if the number cannot be read or cannot exist
   */
  public static Optional<String> normalise(String typed, String country) {
    if (typed == null || typed.isBlank()) {
      return Optional.empty();
    }
    String region = country == null ? "ZZ" : country.strip().toUpperCase(Locale.ROOT);
    return parse(typed.strip(), region);
  }

  private static Optional<String> parse(String text, String region) {
    try {
      Phonenumber.PhoneNumber parsed = PHONES.parse(text, region);
      if (!PHONES.isPossibleNumber(parsed)) {
        return Optional.empty();
      }
      String national = PHONES.getNationalSignificantNumber(parsed);
      if (national.isEmpty()) {
        return Optional.empty();
      }
      return Optional.of("+" + parsed.getCountryCode() + "." + national);
    } catch (NumberParseException e) {
      return Optional.empty();
    }
  }
}
