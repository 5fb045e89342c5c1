package org.regdesk.registrar.spi.value;

import java.util.Optional;

/**
 * The hash used in a DS record's digest (IANA "Delegation Signer (DS) Resource Record Digest
 * Algorithms"), with the digest length each one produces.
 */
public enum DsDigestType {
  /** SHA-1 (RFC 3658): 20 bytes. Deprecated, still seen on older zones. */
  SHA1(1, 20),
  /** SHA-256 (RFC 4509): 32 bytes. The usual choice. */
  SHA256(2, 32),
  /** GOST R 34.11-94 (RFC 5933): 32 bytes. */
  GOST_R_34_11_94(3, 32),
  /** SHA-384 (RFC 6605): 48 bytes. */
  SHA384(4, 48),
  /** GOST R 34.11-2012, 256 bits (RFC 9558): 32 bytes. */
  GOST_R_34_11_2012(5, 32),
  /** SM3 (RFC 9563): 32 bytes. */
  SM3(6, 32);

  private final int code;
  private final int digestBytes;

  DsDigestType(int code, int digestBytes) {
    this.code = code;
    this.digestBytes = digestBytes;
  }

  /**
   * The IANA number, as registries and registrars exchange it.
   *
   * @return e.g. 2 for SHA-256
   */
  public int code() {
    return code;
  }

  /**
   * The digest length in bytes; the hex digest has twice as many characters.
   *
   * @return e.g. 32 for SHA-256
   */
  public int digestBytes() {
    return digestBytes;
  }

  /**
   * The digest type with this IANA number.
   *
   * @param code the number
   * @return the type, or empty if the number is not assigned
   */
  public static Optional<DsDigestType> ofCode(int code) {
    for (DsDigestType type : values()) {
      if (type.code == code) {
        return Optional.of(type);
      }
    }
    return Optional.empty();
  }
}
