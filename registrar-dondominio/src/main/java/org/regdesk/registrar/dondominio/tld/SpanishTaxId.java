package org.regdesk.registrar.dondominio.tld;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A Spanish tax identity number whose control character checks out: a DNI (citizens), an NIE
 * (foreign residents) or a CIF (organisations). The {@code .es} registry refuses owners in Spain
 * without one, and for organisations DonDominio needs the legal form ({@code OrgType}), which the
 * CIF's first letter gives.
 *
 * @param kind DNI, NIE or CIF
 * @param value the number, upper case, without spaces or hyphens
 */
public record SpanishTaxId(Kind kind, String value) {

  /** The three kinds of number. */
  public enum Kind {
    /** Documento Nacional de Identidad: 8 digits and a control letter. */
    DNI,
    /** Número de Identidad de Extranjero: X, Y or Z, 7 digits and a control letter. */
    NIE,
    /** Código de Identificación Fiscal: a letter, 7 digits and a control digit or letter. */
    CIF
  }

  private static final String DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE";
  private static final String CIF_CONTROL_LETTERS = "JABCDEFGHI";
  private static final Pattern DNI = Pattern.compile("[0-9]{8}[A-Z]");
  private static final Pattern NIE = Pattern.compile("[XYZ][0-9]{7}[A-Z]");
  private static final Pattern CIF = Pattern.compile("[ABCDEFGHJNPQRSUVW][0-9]{7}[0-9A-J]");

  /** The legal-form code per first character, as DonDominio's own WHMCS module derives it. */
  private static final Map<Character, String> LEGAL_FORMS =
      Map.ofEntries(
          Map.entry('A', "524"),
          Map.entry('B', "612"),
          Map.entry('C', "560"),
          Map.entry('D', "562"),
          Map.entry('E', "150"),
          Map.entry('F', "566"),
          Map.entry('G', "47"),
          Map.entry('J', "554"),
          Map.entry('P', "747"),
          Map.entry('Q', "746"),
          Map.entry('R', "164"),
          Map.entry('S', "436"),
          Map.entry('U', "717"),
          Map.entry('V', "877"),
          Map.entry('N', "713"),
          Map.entry('W', "713"));

  /** The legal-form code of a natural person (a DNI or an NIE). */
  public static final String NATURAL_PERSON = "1";

  /** The legal-form code DonDominio uses for any other first letter. */
  public static final String OTHER_LEGAL_FORM = "877";

  /**
   * Parses a number as typed (spaces, dots and hyphens ignored, any case) and checks its control
   * character.
   *
   * @param text the number
   * @return the number, or empty if it is not a valid DNI, NIE or CIF
   */
  public static Optional<SpanishTaxId> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String value = normalise(text);
    if (DNI.matcher(value).matches()) {
      return dniLetterMatches(value.substring(0, 8), value.charAt(8))
          ? Optional.of(new SpanishTaxId(Kind.DNI, value))
          : Optional.empty();
    }
    if (NIE.matcher(value).matches()) {
      String digits = "XYZ".indexOf(value.charAt(0)) + value.substring(1, 8);
      return dniLetterMatches(digits, value.charAt(8))
          ? Optional.of(new SpanishTaxId(Kind.NIE, value))
          : Optional.empty();
    }
    if (CIF.matcher(value).matches()) {
      return cifControlMatches(value)
          ? Optional.of(new SpanishTaxId(Kind.CIF, value))
          : Optional.empty();
    }
    return Optional.empty();
  }

  /**
   * The legal-form code DonDominio expects for an organisation identified by any number: from the
   * first character (digit, X, Y or Z: a natural person), without checking the control character.
   * Used for Spanish organisations under TLDs that do not check identities.
   *
   * @param identity the identity number as typed
   * @return the code
   */
  public static String legalFormOf(String identity) {
    String value = normalise(identity);
    if (value.isEmpty()) {
      return OTHER_LEGAL_FORM;
    }
    char first = value.charAt(0);
    if (Character.isDigit(first) || first == 'X' || first == 'Y' || first == 'Z') {
      return NATURAL_PERSON;
    }
    return LEGAL_FORMS.getOrDefault(first, OTHER_LEGAL_FORM);
  }

  /**
   * The legal-form code of this number.
   *
   * @return {@code 1} for a DNI or NIE, else the code of the CIF's first letter
   */
  public String legalForm() {
    return legalFormOf(value);
  }

  /**
   * Whether the number belongs to an organisation.
   *
   * @return true for a CIF
   */
  public boolean isOrganisation() {
    return kind == Kind.CIF;
  }

  private static String normalise(String text) {
    return text.replaceAll("[\\s.\\-]", "").toUpperCase(Locale.ROOT);
  }

  private static boolean dniLetterMatches(String digits, char letter) {
    return DNI_LETTERS.charAt(Integer.parseInt(digits) % 23) == letter;
  }

  private static boolean cifControlMatches(String value) {
    int sum = 0;
    for (int i = 1; i <= 7; i++) {
      int digit = value.charAt(i) - '0';
      if (i % 2 == 0) {
        sum += digit;
      } else {
        int doubled = digit * 2;
        sum += doubled / 10 + doubled % 10;
      }
    }
    int control = (10 - sum % 10) % 10;
    char first = value.charAt(0);
    char given = value.charAt(8);
    boolean letterOnly = "NPQRSW".indexOf(first) >= 0;
    boolean digitOnly = "ABEH".indexOf(first) >= 0;
    boolean digitMatches = given == (char) ('0' + control);
    boolean letterMatches = given == CIF_CONTROL_LETTERS.charAt(control);
    if (letterOnly) {
      return letterMatches;
    }
    if (digitOnly) {
      return digitMatches;
    }
    return digitMatches || letterMatches;
  }

  /** Shows the kind only: the number is personal data. */
  @Override
  public String toString() {
    return "SpanishTaxId[" + kind + "]";
  }
}
