package org.regdesk.idna;

/**
 * The rule of IDNA2008 (RFC 5890-5893) or of the DNS that a refused name or label breaks.
 *
 * <p>Each constant has a description written to follow the name or label it is about, e.g. {@code
 * "'straße..de' has an empty label"}; {@link IdnaException#getMessage()} uses it.
 */
public enum IdnaViolation {
  /** A leading, trailing or double dot. */
  EMPTY_LABEL("has an empty label (a leading, trailing or double dot)"),
  /** More than 63 characters in ASCII form (RFC 1034; RFC 5891 §4.2.4). */
  LABEL_TOO_LONG("has a label longer than " + Idna.MAX_LABEL_LENGTH + " characters in ASCII form"),
  /** More than 253 characters in ASCII form, without a root dot (RFC 1034). */
  NAME_TOO_LONG("is longer than " + Idna.MAX_NAME_LENGTH + " characters in ASCII form"),
  /** A hyphen at the start or the end of a label (RFC 5891 §4.2.3.1). */
  HYPHEN_AT_START_OR_END("has a label that starts or ends with a hyphen"),
  /**
   * {@code --} in the third and fourth positions of a label that is not an {@code xn--} label:
   * those positions are reserved for label encodings (RFC 5891 §4.2.3.1).
   */
  RESERVED_HYPHENS(
      "has '--' in the third and fourth positions of a label other than an xn-- label"),
  /**
   * A code point IDNA2008 disallows (RFC 5892): anything but lower-case letters, digits, combining
   * marks, the hyphen and the characters with a context rule.
   */
  DISALLOWED_CHARACTER(
      "contains %s, which IDNA2008 does not allow in names (only letters, digits, marks and"
          + " hyphens)"),
  /** A combining mark at the start of a label (RFC 5891 §4.2.3.2). */
  LEADING_COMBINING_MARK("has a label that starts with the combining mark %s"),
  /**
   * A joiner (ZWJ, ZWNJ) or one of the CONTEXTO characters (middle dot, Greek keraia, Hebrew geresh
   * and gershayim, katakana middle dot, Arabic-Indic digits) outside the context RFC 5892 Appendix
   * A allows it in.
   */
  CONTEXT_RULE("contains %s outside the context IDNA2008 allows it in (RFC 5892 Appendix A)"),
  /** A label with right-to-left characters that breaks the Bidi rule of RFC 5893. */
  BIDI_RULE("has a right-to-left label that breaks the IDNA2008 bidi rule (RFC 5893)"),
  /** An {@code xn--} label whose remainder is not valid Punycode (RFC 3492). */
  INVALID_PUNYCODE("has an xn-- label that is not valid Punycode"),
  /** An {@code xn--} label whose Unicode form is not in normalisation form C (RFC 5891 §5.3). */
  NOT_NFC("has an xn-- label whose Unicode form is not in normalisation form C"),
  /** An {@code xn--} label that is not what encoding its own Unicode form gives. */
  NOT_CANONICAL("has an xn-- label that is not the canonical encoding of its Unicode form");

  private final String description;

  IdnaViolation(String description) {
    this.description = description;
  }

  /**
   * The rule as a phrase that follows the refused name, e.g. {@code "has an empty label (a leading,
   * trailing or double dot)"}.
   *
   * @param codePoint the offending code point, or -1 when the rule is not about one
   * @return the phrase, naming the code point as {@code U+00B7 (MIDDLE DOT)} where it has one
   */
  public String describe(int codePoint) {
    if (!description.contains("%s")) {
      return description;
    }
    return description.replace("%s", codePoint < 0 ? "a character" : name(codePoint));
  }

  /** {@code U+00B7 (MIDDLE DOT)}: never the raw character, which may not print. */
  private static String name(int codePoint) {
    String hex = String.format(java.util.Locale.ROOT, "U+%04X", codePoint);
    String name = Character.getName(codePoint);
    return name == null ? hex : hex + " (" + name + ")";
  }
}
