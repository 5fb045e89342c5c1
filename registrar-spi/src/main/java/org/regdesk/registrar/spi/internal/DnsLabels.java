package org.regdesk.registrar.spi.internal;

import java.util.ArrayList;
import java.util.List;
import org.regdesk.idna.Idna;
import org.regdesk.idna.IdnaException;
import org.regdesk.registrar.spi.value.InvalidValueException;

/**
 * The rules every DNS label obeys in the SPI: IDNA2008 as {@link Idna} implements it. A label is
 * lower-cased and NFC-normalised, then held in its ASCII form (an {@code xn--} A-label for IDNs);
 * letters, digits and hyphens only in ASCII labels, letters, digits and marks of IDNA2008 in
 * Unicode ones, 1–63 characters in ASCII form, no hyphen at either end, and a {@code xn--} label
 * must decode and re-encode to itself.
 *
 * <p>Nothing is mapped to another name: {@code straße} is {@code xn--strae-oqa}, not {@code
 * strasse} as {@link java.net.IDN} (IDNA2003) would have it.
 */
public final class DnsLabels {

  /** The longest label the DNS allows. */
  public static final int MAX_LABEL_LENGTH = Idna.MAX_LABEL_LENGTH;

  /** The longest name the DNS allows, in ASCII form, without the root dot. */
  public static final int MAX_NAME_LENGTH = Idna.MAX_NAME_LENGTH;

  private DnsLabels() {}

  /**
   * Splits a dotted name into labels, accepting the ideographic and full-width dots that IDNA
   * treats as separators and one trailing root dot.
   *
   * @param field the field key used in errors
   * @param name the name as typed
   * @return the labels, in order, not yet converted
   * @throws InvalidValueException if the name is blank or has an empty label
   */
  public static List<String> split(String field, String name) {
    Require.present(field, name);
    String normalised =
        name.strip().replace('\u3002', '.').replace('\uFF0E', '.').replace('\uFF61', '.');
    if (normalised.endsWith(".")) {
      normalised = normalised.substring(0, normalised.length() - 1);
    }
    if (normalised.isEmpty()) {
      throw new InvalidValueException(field, "must not be blank");
    }
    List<String> labels = new ArrayList<>();
    for (String label : normalised.split("\\.", -1)) {
      if (label.isEmpty()) {
        throw new InvalidValueException(field, "'" + name.strip() + "' has an empty label");
      }
      labels.add(label);
    }
    return labels;
  }

  /**
   * Converts one label to its lower-case ASCII form and checks the label rules.
   *
   * @param field the field key used in errors
   * @param label one label, Unicode or ASCII, without dots
   * @return the lower-case ASCII (punycode) label
   * @throws InvalidValueException naming the field and the broken rule
   */
  public static String toAscii(String field, String label) {
    Require.present(field, label);
    if (label.isEmpty()) {
      throw new InvalidValueException(field, "has an empty label");
    }
    if (label.indexOf('.') >= 0) {
      throw new InvalidValueException(field, "'" + label + "' must be a single label");
    }
    try {
      return Idna.labelToAscii(label);
    } catch (IdnaException e) {
      throw new InvalidValueException(field, "'" + label + "' " + e.labelMessage());
    }
  }

  /**
   * Returns the Unicode form of an ASCII label (the label itself when it is not punycode).
   *
   * @param asciiLabel a label already checked by {@link #toAscii}
   * @return its Unicode form
   */
  public static String toUnicode(String asciiLabel) {
    return Idna.labelToUnicode(asciiLabel);
  }
}
