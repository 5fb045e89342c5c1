package org.regdesk.dondominio.client.internal;

import org.regdesk.dondominio.client.error.InvalidRequestValueException;
import org.regdesk.idna.Idna;
import org.regdesk.idna.IdnaException;

/**
 * Syntax of DNS names as the API accepts them: IDNA2008 labels (see {@link Idna}) in their ASCII
 * form, at least two of them, and an alphabetic (or {@code xn--}) top-level label.
 *
 * <p>Unicode input is lower-cased and NFC-normalised, then Punycode-encoded; characters IDNA2008
 * disallows are refused rather than mapped, so the name that is validated is exactly the name that
 * is registered.
 */
public final class DnsNameSyntax {
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
    String ascii;
    try {
      ascii = Idna.toAscii(text);
    } catch (IdnaException e) {
      throw invalid(field, e.getMessage());
    }
    int lastDot = ascii.lastIndexOf('.');
    if (lastDot < 0) {
      throw invalid(field, "needs at least two labels, like example.com");
    }
    String tld = ascii.substring(lastDot + 1);
    if (!tld.startsWith("xn--") && !tld.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
      throw invalid(field, "the top-level label must be alphabetic");
    }
    if (tld.length() < 2) {
      throw invalid(field, "the top-level label must have at least two characters");
    }
    return ascii;
  }

  /** Returns the Unicode form of a valid ASCII name: {@code xn--} labels decoded. */
  public static String toUnicode(String ascii) {
    return Idna.toUnicode(ascii);
  }

  /** The message names the field and the rule, never the rejected value. */
  private static InvalidRequestValueException invalid(String field, String problem) {
    return new InvalidRequestValueException(field, problem);
  }
}
