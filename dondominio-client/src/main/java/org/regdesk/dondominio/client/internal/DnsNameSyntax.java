package org.regdesk.dondominio.client.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.regdesk.dondominio.client.error.InvalidRequestValueException;

/**
 * Syntax of DNS names as the API accepts them: letters, digits and hyphens per label, IDN labels
 * converted to {@code xn--} form, and an alphabetic top-level label.
 *
 * <p>Unicode labels are NFC-normalised and lower-cased, then Punycode-encoded. Characters other
 * than letters, digits, combining marks and the hyphen are refused rather than mapped, so the name
 * that is validated is exactly the name that is registered.
 */
public final class DnsNameSyntax {
  private static final int MAX_NAME_LENGTH = 253;
  private static final int MAX_LABEL_LENGTH = 63;
  private static final String ACE_PREFIX = "xn--";

  private DnsNameSyntax() {}

  /**
   * Validates a name and returns its lower-case ASCII (A-label) form.
   *
   * @param text the name, in Unicode or ASCII form
   * @param field the request field, named in the error
   * @throws InvalidRequestValueException naming the field and the broken rule
   */
  public static String toAscii(String text, String field) {
    Checks.required(text, field);
    if (text.isEmpty()) {
      throw new InvalidRequestValueException(field, "must not be empty");
    }
    String normalized = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    String[] labels = normalized.split("\\.", -1);
    if (labels.length < 2) {
      throw invalid(field, "needs at least two labels, like example.com");
    }
    List<String> ascii = new ArrayList<>(labels.length);
    for (String label : labels) {
      ascii.add(labelToAscii(label, field));
    }
    String tld = ascii.get(ascii.size() - 1);
    if (!tld.startsWith(ACE_PREFIX) && !tld.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
      throw invalid(field, "the top-level label must be alphabetic");
    }
    if (tld.length() < 2) {
      throw invalid(field, "the top-level label must have at least two characters");
    }
    String result = String.join(".", ascii);
    if (result.length() > MAX_NAME_LENGTH) {
      throw invalid(field, "is longer than " + MAX_NAME_LENGTH + " characters");
    }
    return result;
  }

  /** Returns the Unicode form of a valid ASCII name: {@code xn--} labels decoded. */
  public static String toUnicode(String ascii) {
    String[] labels = ascii.split("\\.", -1);
    StringBuilder out = new StringBuilder(ascii.length());
    for (int i = 0; i < labels.length; i++) {
      if (i > 0) {
        out.append('.');
      }
      String label = labels[i];
      out.append(
          label.startsWith(ACE_PREFIX)
              ? Punycode.decode(label.substring(ACE_PREFIX.length()))
              : label);
    }
    return out.toString();
  }

  private static String labelToAscii(String label, String field) {
    if (label.isEmpty()) {
      throw invalid(field, "has an empty label (leading, trailing or double dot)");
    }
    boolean ascii = label.chars().allMatch(c -> c < 0x80);
    String result = ascii ? checkAsciiLabel(label, field) : encodeUnicodeLabel(label, field);
    if (result.length() > MAX_LABEL_LENGTH) {
      throw invalid(field, "has a label longer than " + MAX_LABEL_LENGTH + " characters");
    }
    return result;
  }

  private static String checkAsciiLabel(String label, String field) {
    for (int i = 0; i < label.length(); i++) {
      char c = label.charAt(i);
      if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) {
        throw invalid(field, "may contain only letters, digits, hyphens and dots");
      }
    }
    checkHyphens(label, field);
    if (label.length() >= 4 && label.charAt(2) == '-' && label.charAt(3) == '-') {
      if (!label.startsWith(ACE_PREFIX)) {
        throw invalid(field, "has '--' in the third and fourth position of a label");
      }
      checkAceLabel(label, field);
    }
    return label;
  }

  private static void checkAceLabel(String label, String field) {
    String decoded;
    try {
      decoded = Punycode.decode(label.substring(ACE_PREFIX.length()));
    } catch (IllegalArgumentException e) {
      throw invalid(field, "has an xn-- label that is not valid Punycode");
    }
    if (decoded.isEmpty() || decoded.chars().allMatch(c -> c < 0x80)) {
      throw invalid(field, "has an xn-- label that does not encode an IDN");
    }
    String reencoded;
    try {
      reencoded = encodeUnicodeLabel(decoded, field);
    } catch (InvalidRequestValueException e) {
      throw invalid(field, "has an xn-- label that encodes characters not allowed in names");
    }
    if (!reencoded.equals(label)) {
      throw invalid(field, "has an xn-- label that is not in canonical form");
    }
  }

  private static String encodeUnicodeLabel(String label, String field) {
    String normalized = Normalizer.normalize(label, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    int[] codePoints = normalized.codePoints().toArray();
    for (int i = 0; i < codePoints.length; i++) {
      int cp = codePoints[i];
      boolean mark = isMark(cp);
      if (i == 0 && mark) {
        throw invalid(field, "has a label that starts with a combining mark");
      }
      boolean allowed =
          mark
              || cp == '-'
              || (cp < 0x80 && ((cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9')))
              || (cp >= 0x80 && isLetterOrDigit(cp));
      if (!allowed) {
        throw invalid(field, "contains a character that is not a letter, digit or hyphen");
      }
    }
    checkHyphens(normalized, field);
    return ACE_PREFIX + Punycode.encode(normalized);
  }

  private static boolean isMark(int cp) {
    int type = Character.getType(cp);
    return type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }

  private static boolean isLetterOrDigit(int cp) {
    int type = Character.getType(cp);
    return type == Character.LOWERCASE_LETTER
        || type == Character.OTHER_LETTER
        || type == Character.MODIFIER_LETTER
        || type == Character.DECIMAL_DIGIT_NUMBER;
  }

  private static void checkHyphens(String label, String field) {
    if (label.startsWith("-") || label.endsWith("-")) {
      throw invalid(field, "has a label that starts or ends with a hyphen");
    }
  }

  /** The field and the rule only: the name may be personal (a person's name as a domain). */
  private static InvalidRequestValueException invalid(String field, String problem) {
    return new InvalidRequestValueException(field, problem);
  }
}
