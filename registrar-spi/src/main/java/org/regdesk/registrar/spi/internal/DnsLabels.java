package org.regdesk.registrar.spi.internal;

import java.net.IDN;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.regdesk.registrar.spi.value.InvalidValueException;

/**
 * The rules every DNS label obeys in the SPI: converted to its ASCII (punycode) form with {@link
 * IDN}, lower-cased, letters, digits and hyphens only, 1–63 characters, no hyphen at either end,
 * and a {@code xn--} label must decode and re-encode to itself.
 *
 * <p>{@link IDN} implements IDNA 2003, so a few characters map differently from IDNA 2008 (for
 * example {@code ß} becomes {@code ss}). Registries that need the 2008 form expect the caller to
 * pass the {@code xn--} label directly, which is accepted unchanged.
 */
public final class DnsLabels {

  /** The longest label the DNS allows. */
  public static final int MAX_LABEL_LENGTH = 63;

  /** The longest name the DNS allows, in ASCII form, without the root dot. */
  public static final int MAX_NAME_LENGTH = 253;

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
    String ascii;
    if (label.chars().allMatch(c -> c < 0x80)) {
      ascii = label.toLowerCase(Locale.ROOT);
    } else {
      try {
        ascii = IDN.toASCII(label, 0).toLowerCase(Locale.ROOT);
      } catch (IllegalArgumentException e) {
        // IDN reports an over-long result only through its message.
        String problem =
            String.valueOf(e.getMessage()).contains("too long")
                ? "is longer than " + MAX_LABEL_LENGTH + " characters in ASCII form"
                : "is not a valid internationalised label";
        throw new InvalidValueException(field, "'" + label + "' " + problem);
      }
    }
    if (ascii.isEmpty() || ascii.indexOf('.') >= 0) {
      throw new InvalidValueException(
          field, "'" + label + "' is not a valid internationalised label");
    }
    if (ascii.length() > MAX_LABEL_LENGTH) {
      throw new InvalidValueException(
          field,
          "'" + label + "' is longer than " + MAX_LABEL_LENGTH + " characters in ASCII form");
    }
    for (int i = 0; i < ascii.length(); i++) {
      char c = ascii.charAt(i);
      boolean ldh = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
      if (!ldh) {
        throw new InvalidValueException(
            field, "'" + label + "' may hold only letters, digits and hyphens");
      }
    }
    if (ascii.startsWith("-") || ascii.endsWith("-")) {
      throw new InvalidValueException(field, "'" + label + "' must not start or end with a hyphen");
    }
    if (ascii.startsWith("xn--")) {
      checkPunycode(field, label, ascii);
    }
    return ascii;
  }

  private static void checkPunycode(String field, String label, String ascii) {
    String unicode = IDN.toUnicode(ascii, 0);
    String again;
    try {
      again = IDN.toASCII(unicode, 0).toLowerCase(Locale.ROOT);
    } catch (IllegalArgumentException e) {
      again = "";
    }
    // IDN.toUnicode hands back its input unchanged when it cannot decode it.
    if (unicode.equals(ascii) || !again.equals(ascii)) {
      throw new InvalidValueException(field, "'" + label + "' is not valid punycode");
    }
  }

  /**
   * Returns the Unicode form of an ASCII label (the label itself when it is not punycode).
   *
   * @param asciiLabel a label already checked by {@link #toAscii}
   * @return its Unicode form
   */
  public static String toUnicode(String asciiLabel) {
    return IDN.toUnicode(asciiLabel, 0);
  }
}
