package org.regdesk.idna;

import java.util.Locale;

/**
 * The rule of IDNA2008 (RFC 5890-5893) or of the DNS that a refused name or label breaks.
 *
 * <p>Each rule reads as a phrase that follows the refused name ({@link #describe}, e.g. {@code
 * "'straße..de' has an empty label"}) or the refused label ({@link #describeLabel}, e.g. {@code
 * "'-shop' starts or ends with a hyphen"}). Neither holds the name itself, so callers decide how to
 * show what was refused.
 */
public enum IdnaViolation {
  /** A leading, trailing or double dot. */
  EMPTY_LABEL("is empty", "has an empty label (a leading, trailing or double dot)"),
  /** More than 63 characters in ASCII form (RFC 1034; RFC 5891 §4.2.4). */
  LABEL_TOO_LONG("is longer than " + Idna.MAX_LABEL_LENGTH + " characters in ASCII form", null),
  /** More than 253 characters in ASCII form, without a root dot (RFC 1034). */
  NAME_TOO_LONG(
      "makes the name longer than " + Idna.MAX_NAME_LENGTH + " characters in ASCII form",
      "is longer than " + Idna.MAX_NAME_LENGTH + " characters in ASCII form"),
  /** A hyphen at the start or the end of a label (RFC 5891 §4.2.3.1). */
  HYPHEN_AT_START_OR_END("starts or ends with a hyphen", null),
  /**
   * {@code --} in the third and fourth positions of a label that is not an {@code xn--} label:
   * those positions are reserved for label encodings (RFC 5891 §4.2.3.1).
   */
  RESERVED_HYPHENS(
      "has '--' in the third and fourth positions, which only xn-- labels may",
      "has a label with '--' in the third and fourth positions, which only xn-- labels may"),
  /**
   * A code point IDNA2008 disallows (RFC 5892): anything but lower-case letters, digits, combining
   * marks, the hyphen and the characters with a context rule.
   */
  DISALLOWED_CHARACTER(
      "contains %s, which IDNA2008 does not allow in names (only letters, digits, marks and"
          + " hyphens)",
      "contains %s, which IDNA2008 does not allow in names (only letters, digits, marks and"
          + " hyphens)"),
  /** A combining mark at the start of a label (RFC 5891 §4.2.3.2). */
  LEADING_COMBINING_MARK("starts with the combining mark %s", null),
  /**
   * A joiner (ZWJ, ZWNJ) or one of the CONTEXTO characters (middle dot, Greek keraia, Hebrew geresh
   * and gershayim, katakana middle dot, Arabic-Indic digits) outside the context RFC 5892 Appendix
   * A allows it in.
   */
  CONTEXT_RULE(
      "contains %s outside the context IDNA2008 allows it in (RFC 5892 Appendix A)",
      "contains %s outside the context IDNA2008 allows it in (RFC 5892 Appendix A)"),
  /** A label with right-to-left characters that breaks the Bidi rule of RFC 5893. */
  BIDI_RULE("breaks the IDNA2008 bidi rule for right-to-left labels (RFC 5893)", null),
  /** An {@code xn--} label whose remainder is not valid Punycode (RFC 3492). */
  INVALID_PUNYCODE("is an xn-- label that is not valid Punycode", null),
  /** An {@code xn--} label whose Unicode form is not in normalisation form C (RFC 5891 §5.3). */
  NOT_NFC("is an xn-- label whose Unicode form is not in normalisation form C", null),
  /** An {@code xn--} label that is not what encoding its own Unicode form gives. */
  NOT_CANONICAL("is an xn-- label that is not the canonical encoding of its Unicode form", null);

  private final String labelPhrase;
  private final String namePhrase;

  /**
   * @param labelPhrase the rule after a label
   * @param namePhrase the rule after a name, or null for "has a label that" and the label phrase
   */
  IdnaViolation(String labelPhrase, String namePhrase) {
    this.labelPhrase = labelPhrase;
    this.namePhrase =
        namePhrase != null
            ? namePhrase
            : labelPhrase.startsWith("is an xn-- label")
                ? "has an xn-- label" + labelPhrase.substring("is an xn-- label".length())
                : "has a label that " + labelPhrase;
  }

  /**
   * The rule as a phrase that follows the refused name, e.g. {@code "has a label that starts or
   * ends with a hyphen"}.
   *
   * @param codePoint the offending code point, or -1 when the rule is not about one
   * @return the phrase, naming the code point as {@code U+00B7 (MIDDLE DOT)} where it has one
   */
  public String describe(int codePoint) {
    return fill(namePhrase, codePoint);
  }

  /**
   * The rule as a phrase that follows the refused label, e.g. {@code "starts or ends with a
   * hyphen"}.
   *
   * @param codePoint the offending code point, or -1 when the rule is not about one
   * @return the phrase, naming the code point as {@code U+00B7 (MIDDLE DOT)} where it has one
   */
  public String describeLabel(int codePoint) {
    return fill(labelPhrase, codePoint);
  }

  private static String fill(String phrase, int codePoint) {
    return phrase.replace("%s", codePoint < 0 ? "a character" : name(codePoint));
  }

  /** {@code U+00B7 (MIDDLE DOT)}: never the raw character, which may not print. */
  private static String name(int codePoint) {
    String hex = String.format(Locale.ROOT, "U+%04X", codePoint);
    String name = Character.getName(codePoint);
    return name == null ? hex : hex + " (" + name + ")";
  }
}
