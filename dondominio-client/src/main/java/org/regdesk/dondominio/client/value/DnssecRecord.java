package org.regdesk.dondominio.client.value;

import java.util.Locale;
import org.regdesk.dondominio.client.error.InvalidRequestValueException;
import org.regdesk.dondominio.client.internal.Checks;

/**
 * A DNSSEC delegation-signer (DS) record of a domain.
 *
 * @param keytag the key tag, 0–65535
 * @param algorithm the IANA DNSSEC algorithm number, 0–255
 * @param digestType the IANA DS digest type, 0–255
 * @param digest the digest in hexadecimal, held in upper case
 */
public record DnssecRecord(int keytag, int algorithm, int digestType, String digest) {
  private static final int MAX_DIGEST_LENGTH = 256;

  /** Checks the ranges and the hex digest. */
  public DnssecRecord {
    range(keytag, 65535, "keytag");
    range(algorithm, 255, "algorithm");
    range(digestType, 255, "digesttype");
    Checks.required(digest, "digest");
    if (digest.isEmpty()
        || digest.length() % 2 != 0
        || digest.length() > MAX_DIGEST_LENGTH
        || !digest.chars().allMatch(c -> Character.digit(c, 16) >= 0 && c < 0x80)) {
      throw new InvalidRequestValueException(
          "digest", "must be an even number of hexadecimal digits");
    }
    digest = digest.toUpperCase(Locale.ROOT);
  }

  private static void range(int value, int max, String field) {
    if (value < 0 || value > max) {
      throw new InvalidRequestValueException(field, "must be between 0 and " + max);
    }
  }
}
