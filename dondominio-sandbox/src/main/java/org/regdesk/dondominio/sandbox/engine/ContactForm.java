package org.regdesk.dondominio.sandbox.engine;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads and validates one block of contact fields: the role-prefixed {@code ownerContactEmail}
 * style of the domain actions, or the bare {@code Email} style of {@code contact/create}. Every
 * refusal is 3002 naming the offending parameter.
 */
final class ContactForm {
  static final List<String> SUFFIXES =
      List.of(
          "Type",
          "FirstName",
          "LastName",
          "OrgName",
          "OrgType",
          "IdentNumber",
          "Email",
          "Phone",
          "Fax",
          "Address",
          "PostalCode",
          "City",
          "State",
          "Country");

  private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

  /**
   * The SDK's {@code ^\+(\d+)\.(\d+)$} within E.164's limits: a country code of 1 to 3 digits and
   * at most 15 digits in all. Short numbers such as {@code +1.123} pass, as they pass the SDK.
   */
  private static final Pattern PHONE = Pattern.compile("\\+([0-9]{1,3})\\.([0-9]+)");

  private static final int MAX_PHONE_DIGITS = 15;
  private static final String PHONE_RULE =
      "must be +CC.NNN: a plus, a country code of 1-3 digits, a dot and the number, at most 15"
          + " digits in all, e.g. +34.912345678";
  private static final Pattern EMAIL_LOCAL = Pattern.compile("[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+");
  private static final Pattern POSTAL_CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9 -]{0,19}");
  private static final Pattern ORG_TYPE = Pattern.compile("[0-9]{1,4}");

  private final Params params;
  private final String prefix;

  private ContactForm(Params params, String prefix) {
    this.params = params;
    this.prefix = prefix;
  }

  /** The block of a role: {@code ownerContact}, {@code adminContact}, ... */
  static ContactForm forRole(Params params, String role) {
    return new ContactForm(params, role + "Contact");
  }

  /** The unprefixed block of {@code contact/create}. */
  static ContactForm unprefixed(Params params) {
    return new ContactForm(params, "");
  }

  /** The wire name of a field of this block. */
  String field(String suffix) {
    return prefix + suffix;
  }

  /** Whether any inline field of this block was sent with a value. */
  boolean isPresent() {
    for (String suffix : SUFFIXES) {
      if (params.has(field(suffix))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Validates the block.
   *
   * @param requireSpanishOrgType whether an organisation in Spain must give {@code OrgType} (the
   *     .es zones)
   */
  ContactData read(boolean requireSpanishOrgType) {
    String typeText = required("Type");
    ContactType type =
        ContactType.fromWire(typeText)
            .orElseThrow(() -> dataError("Type", "must be individual or organization"));
    String firstName = name("FirstName", 100);
    String lastName = name("LastName", 100);
    String orgName = "";
    if (type == ContactType.ORGANIZATION) {
      orgName = name("OrgName", 200);
    }
    String identNumber = name("IdentNumber", 50);
    String email = required("Email");
    if (!isEmail(email)) {
      throw dataError("Email", "is not a valid e-mail address");
    }
    String phone = required("Phone");
    if (!isPhone(phone)) {
      throw dataError("Phone", PHONE_RULE);
    }
    String fax = optional("Fax");
    if (!fax.isEmpty() && !isPhone(fax)) {
      throw dataError("Fax", PHONE_RULE);
    }
    String address = required("Address");
    if (address.length() > 400 || hasControl(address, true)) {
      throw dataError("Address", "must be at most 400 characters, without control characters");
    }
    String postalCode = required("PostalCode");
    if (!POSTAL_CODE.matcher(postalCode).matches()) {
      throw dataError("PostalCode", "must be up to 20 letters, digits, spaces or hyphens");
    }
    String city = name("City", 100);
    String state = name("State", 100);
    String country = required("Country").toUpperCase(Locale.ROOT);
    if (!COUNTRIES.contains(country)) {
      throw dataError("Country", "must be an ISO 3166-1 alpha-2 code such as ES");
    }
    String orgType = optional("OrgType");
    if (!orgType.isEmpty() && !ORG_TYPE.matcher(orgType).matches()) {
      throw dataError("OrgType", "must be a numeric legal-form code");
    }
    if (requireSpanishOrgType
        && type == ContactType.ORGANIZATION
        && country.equals("ES")
        && orgType.isEmpty()) {
      throw dataError("OrgType", "is required for organisations in Spain");
    }
    return new ContactData(
        type,
        firstName,
        lastName,
        orgName,
        orgType,
        identNumber,
        email,
        phone,
        fax,
        address,
        postalCode,
        city,
        state,
        country);
  }

  private String required(String suffix) {
    return params.text(field(suffix)).orElseThrow(() -> dataError(suffix, "is required"));
  }

  private String optional(String suffix) {
    return params.text(field(suffix)).orElse("");
  }

  private String name(String suffix, int max) {
    String value = required(suffix);
    if (value.length() > max || hasControl(value, false)) {
      throw dataError(suffix, "must be at most " + max + " characters, without control characters");
    }
    return value;
  }

  static boolean isPhone(String text) {
    Matcher phone = PHONE.matcher(text);
    return phone.matches() && phone.group(1).length() + phone.group(2).length() <= MAX_PHONE_DIGITS;
  }

  private ApiError dataError(String suffix, String rule) {
    return ApiError.about(
        ErrorCodes.CONTACT_DATA_ERROR,
        field(suffix),
        "Contact data error: " + field(suffix) + " " + rule);
  }

  private static boolean hasControl(String value, boolean lineBreaksAllowed) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      boolean lineBreak = c == '\r' || c == '\n' || c == '\t';
      if (Character.isISOControl(c) && !(lineBreaksAllowed && lineBreak)) {
        return true;
      }
    }
    return false;
  }

  /** A practical address check: a plain local part and a host name with an alphabetic top. */
  static boolean isEmail(String value) {
    if (value.length() > 254) {
      return false;
    }
    int at = value.lastIndexOf('@');
    if (at <= 0 || at != value.indexOf('@')) {
      return false;
    }
    String local = value.substring(0, at);
    String host = value.substring(at + 1);
    if (local.length() > 64
        || local.startsWith(".")
        || local.endsWith(".")
        || local.contains("..")) {
      return false;
    }
    for (String part : local.split("\\.")) {
      if (!EMAIL_LOCAL.matcher(part).matches()) {
        return false;
      }
    }
    Optional<String> normalised = HostName.normalise(host);
    if (normalised.isEmpty()) {
      return false;
    }
    String top = normalised.get().substring(normalised.get().lastIndexOf('.') + 1);
    return top.length() >= 2 && top.chars().allMatch(c -> c >= 'a' && c <= 'z');
  }
}
