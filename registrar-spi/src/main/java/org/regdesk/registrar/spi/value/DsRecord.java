package org.regdesk.registrar.spi.value;

import java.util.Locale;
import org.regdesk.registrar.spi.internal.Require;

/**
 * A DNSSEC delegation signer record as given to the parent zone: key tag, signing algorithm, digest
 * type and the hex digest of the key.
 *
 * @param keyTag the key tag, 0–65535
 * @param algorithm the IANA DNSSEC algorithm number, 1–255 (e.g. 13 for ECDSA P-256 SHA-256)
 * @param digestType the digest type, which fixes the digest length
 * @param digest the digest in lower-case hex, exactly {@code 2 × digestType.digestBytes()}
 *     characters
 */
public record DsRecord(int keyTag, int algorithm, DsDigestType digestType, String digest) {

  /**
   * Checks the ranges and that the digest is hex of the length the digest type demands.
   *
   * @param keyTag the key tag, 0–65535
   * @param algorithm the IANA DNSSEC algorithm number, 1–255 (e.g. 13 for ECDSA P-256 SHA-256)
   * @param digestType the digest type, which fixes the digest length
   * @param digest the digest in lower-case hex, exactly {@code 2 × digestType.digestBytes()}
   *     characters
   */
  public DsRecord {
    Require.between("keyTag", keyTag, 0, 65535);
    Require.between("algorithm", algorithm, 1, 255);
    Require.present("digestType", digestType);
    Require.present("digest", digest);
    // Digests are often pasted in groups separated by spaces, as dig prints them.
    digest = digest.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
    if (digest.isEmpty()
        || !digest.chars().allMatch(c -> (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
      throw new InvalidValueException("digest", "must be hexadecimal");
    }
    int expected = digestType.digestBytes() * 2;
    if (digest.length() != expected) {
      throw new InvalidValueException(
          "digest",
          "must be "
              + expected
              + " hex characters for digest type "
              + digestType.code()
              + " ("
              + digestType
              + "), got "
              + digest.length());
    }
  }

  /**
   * A DS record with the digest type given by its IANA number.
   *
   * @param keyTag the key tag, 0–65535
   * @param algorithm the algorithm number, 1–255
   * @param digestType the digest type number, 1–6
   * @param digest the hex digest
   * @return the record
   * @throws InvalidValueException naming the field and the rule
   */
  public static DsRecord of(int keyTag, int algorithm, int digestType, String digest) {
    DsDigestType type =
        DsDigestType.ofCode(digestType)
            .orElseThrow(
                () ->
                    new InvalidValueException(
                        "digestType", digestType + " is not a known DS digest type (1-6)"));
    return new DsRecord(keyTag, algorithm, type, digest);
  }

  /** Returns the presentation form, e.g. {@code 12345 13 2 49fd46e6...}. */
  @Override
  public String toString() {
    return keyTag + " " + algorithm + " " + digestType.code() + " " + digest;
  }
}
