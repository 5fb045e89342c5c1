package org.regdesk.registrar.spi.value;

import java.util.ArrayList;
import java.util.List;
import org.regdesk.registrar.spi.internal.DnsLabels;

/**
 * A registry suffix under which names are registered: {@code com}, {@code es}, or a multi-label
 * suffix such as {@code com.es}. Held in lower-case ASCII form, without a leading dot; IDN suffixes
 * are held as punycode ({@code рф} is {@code xn--p1ai}).
 *
 * @param ascii the suffix in lower-case ASCII, e.g. {@code com.es}
 */
public record Tld(String ascii) implements Comparable<Tld> {

  private static final String FIELD = "tld";

  /**
   * Normalises the suffix (leading dot removed, punycode, lower case) and checks each label.
   *
   * @param ascii the suffix in lower-case ASCII, e.g. {@code com.es}
   */
  public Tld {
    if (ascii != null && ascii.strip().startsWith(".")) {
      ascii = ascii.strip().substring(1);
    }
    List<String> labels = new ArrayList<>();
    for (String label : DnsLabels.split(FIELD, ascii)) {
      labels.add(DnsLabels.toAscii(FIELD, label));
    }
    String top = labels.get(labels.size() - 1);
    if (top.chars().allMatch(Character::isDigit)) {
      throw new InvalidValueException(FIELD, "'" + top + "' cannot be a top-level domain");
    }
    ascii = String.join(".", labels);
    if (ascii.length() > DnsLabels.MAX_NAME_LENGTH - 2) {
      throw new InvalidValueException(FIELD, "is too long");
    }
  }

  /**
   * Parses a suffix, with or without a leading dot, in ASCII or Unicode.
   *
   * @param suffix e.g. {@code .com.es}, {@code com.es} or {@code рф}
   * @return the suffix
   * @throws InvalidValueException naming the field {@code tld}
   */
  public static Tld of(String suffix) {
    return new Tld(suffix);
  }

  /**
   * The suffix in Unicode, e.g. {@code рф}; the same as {@link #ascii()} for ASCII suffixes.
   *
   * @return the Unicode form
   */
  public String unicode() {
    List<String> labels = new ArrayList<>();
    for (String label : ascii.split("\\.")) {
      labels.add(DnsLabels.toUnicode(label));
    }
    return String.join(".", labels);
  }

  /**
   * The number of labels: 1 for {@code es}, 2 for {@code com.es}.
   *
   * @return the label count
   */
  public int labelCount() {
    return ascii.split("\\.").length;
  }

  /**
   * The last label alone, e.g. {@code es} for {@code com.es}; lets a plugin apply one rule to a
   * whole family of suffixes.
   *
   * @return the top-level suffix
   */
  public Tld topLevel() {
    return new Tld(ascii.substring(ascii.lastIndexOf('.') + 1));
  }

  @Override
  public int compareTo(Tld other) {
    return ascii.compareTo(other.ascii);
  }

  /** Returns the ASCII form, e.g. {@code com.es}. */
  @Override
  public String toString() {
    return ascii;
  }
}
