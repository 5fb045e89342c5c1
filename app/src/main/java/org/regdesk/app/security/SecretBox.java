package org.regdesk.app.security;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * Encrypts secrets before they are stored (registrar API keys and the like) and decrypts them when
 * a plugin needs them.
 *
 * <p>AES-256-GCM with a fresh random 96-bit nonce per value. The stored text is versioned: {@code
 * v1:} followed by base64url of nonce + ciphertext + tag; the version is authenticated too, so a
 * later format can be told apart and the old one still read. A value that was altered, truncated or
 * encrypted under another key is refused with {@link SecretBoxException}, whose message never holds
 * the value.
 */
public final class SecretBox {

  private static final String VERSION = "v1";
  private static final String PREFIX = VERSION + ":";
  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;
  private static final byte[] ASSOCIATED_DATA = VERSION.getBytes(StandardCharsets.US_ASCII);

  private final SecretKey key;
  private final SecureRandom random;

  /**
   * Creates a box for one key.
   *
   * @param key a 256-bit AES key
   * @param random the source of nonces
   */
  public SecretBox(SecretKey key, SecureRandom random) {
    this.key = Objects.requireNonNull(key, "key");
    this.random = Objects.requireNonNull(random, "random");
    if (key.getEncoded() == null || key.getEncoded().length != 32) {
      throw new IllegalArgumentException("key: must be 256 bits");
    }
  }

  /**
   * Encrypts one value.
   *
   * @param plaintext the secret
   * @return the text to store, e.g. {@code v1:3q2-7w...}
   */
  public String seal(String plaintext) {
    Objects.requireNonNull(plaintext, "plaintext");
    byte[] nonce = new byte[NONCE_BYTES];
    random.nextBytes(nonce);
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
      cipher.updateAAD(ASSOCIATED_DATA);
      byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
      ByteBuffer out = ByteBuffer.allocate(nonce.length + sealed.length);
      out.put(nonce).put(sealed);
      return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(out.array());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is not available in this Java runtime", e);
    }
  }

  /**
   * Decrypts a value that {@link #seal} produced.
   *
   * @param stored the stored text
   * @return the secret
   * @throws SecretBoxException when the text is not a sealed value or fails authentication
   */
  public String open(String stored) {
    if (stored == null || !stored.startsWith(PREFIX)) {
      throw new SecretBoxException("not an encrypted value of format " + VERSION);
    }
    byte[] bytes;
    try {
      bytes = Base64.getUrlDecoder().decode(stored.substring(PREFIX.length()));
    } catch (IllegalArgumentException e) {
      throw new SecretBoxException("the encrypted value is not valid base64");
    }
    if (bytes.length < NONCE_BYTES + TAG_BITS / 8) {
      throw new SecretBoxException("the encrypted value is too short");
    }
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, bytes, 0, NONCE_BYTES));
      cipher.updateAAD(ASSOCIATED_DATA);
      byte[] plain = cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES);
      return new String(plain, StandardCharsets.UTF_8);
    } catch (javax.crypto.AEADBadTagException e) {
      throw new SecretBoxException(
          "the encrypted value was altered or sealed with another key (check REGDESK_SECRET_KEY"
              + " or the key file)");
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is not available in this Java runtime", e);
    }
  }

  @Override
  public String toString() {
    return "SecretBox[AES-256-GCM, " + VERSION + "]";
  }
}
