package org.regdesk.dondominio.sandbox.engine;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A DNSSEC delegation-signer entry.
 *
 * @param keytag 0 to 65535
 * @param algorithm an IANA DNSSEC algorithm number in use
 * @param digestType an IANA DS digest type (1 SHA-1, 2 SHA-256, 3 GOST, 4 SHA-384)
 * @param digest lower-case hex of the length the digest type produces
 */
record DsRecord(int keytag, int algorithm, int digestType, String digest) {
  private static final Set<Integer> ALGORITHMS = Set.of(3, 5, 6, 7, 8, 10, 12, 13, 14, 15, 16);
  private static final Map<Integer, Integer> DIGEST_HEX_LENGTH = Map.of(1, 40, 2, 64, 3, 64, 4, 96);

  /** Validates the four parameters, 105 naming the first one that is wrong. */
  static DsRecord of(Params params) {
    int keytag = params.requiredInteger("keytag");
    if (keytag < 0 || keytag > 65535) {
      throw ApiError.invalid("keytag", "between 0 and 65535");
    }
    int algorithm = params.requiredInteger("algorithm");
    if (!ALGORITHMS.contains(algorithm)) {
      throw ApiError.invalid("algorithm", "one of 3, 5, 6, 7, 8, 10, 12, 13, 14, 15, 16");
    }
    int digestType = params.requiredInteger("digesttype");
    Integer length = DIGEST_HEX_LENGTH.get(digestType);
    if (length == null) {
      throw ApiError.invalid("digesttype", "1 (SHA-1), 2 (SHA-256), 3 (GOST) or 4 (SHA-384)");
    }
    String digest = params.required("digest").toLowerCase(Locale.ROOT);
    if (digest.length() != length) {
      throw ApiError.invalid(
          "digest",
          length + " hex digits for digest type " + digestType + ", got " + digest.length());
    }
    for (int i = 0; i < digest.length(); i++) {
      if (IpAddress.hexDigit(digest.charAt(i)) < 0) {
        throw ApiError.invalid("digest", "hex digits only");
      }
    }
    return new DsRecord(keytag, algorithm, digestType, digest);
  }
}
