package org.regdesk.app.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Set;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * Finds the key of {@link SecretBox}: {@code REGDESK_SECRET_KEY} (base64 of 32 bytes) when set,
 * else the key file, which is generated on first start with owner-only permissions (0600).
 *
 * <p>An existing key file that group or other users may read or write is refused: anyone who can
 * read it can decrypt every stored registrar password. So is a key of the wrong length or encoding.
 */
public final class SecretKeySource {

  private static final int KEY_BYTES = 32;
  private static final Set<PosixFilePermission> OWNER_ONLY =
      EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
  private static final Set<PosixFilePermission> OWNER_ANY =
      EnumSet.of(
          PosixFilePermission.OWNER_READ,
          PosixFilePermission.OWNER_WRITE,
          PosixFilePermission.OWNER_EXECUTE);

  private SecretKeySource() {}

  /**
   * Loads (or on first start creates) the key.
   *
   * @param base64Key the configured key, or null/blank to use the file
   * @param keyFile the key file
   * @param random source for a new key
   * @return the AES key
   * @throws SecretKeyException when the key cannot be used
   */
  public static SecretKey load(String base64Key, Path keyFile, SecureRandom random) {
    if (base64Key != null && !base64Key.isBlank()) {
      return decode(base64Key, "REGDESK_SECRET_KEY (regdesk.secret.key)");
    }
    if (Files.notExists(keyFile)) {
      create(keyFile, random);
    }
    return readFile(keyFile);
  }

  private static void create(Path keyFile, SecureRandom random) {
    byte[] key = new byte[KEY_BYTES];
    random.nextBytes(key);
    byte[] text = (Base64.getEncoder().encodeToString(key) + "\n").getBytes(StandardCharsets.UTF_8);
    try {
      Path parent = keyFile.toAbsolutePath().getParent();
      Files.createDirectories(parent);
      if (supportsPosix(parent)) {
        Files.createFile(keyFile, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
      } else {
        Files.createFile(keyFile);
      }
      Files.write(keyFile, text);
    } catch (FileAlreadyExistsException raced) {
      // another instance created it first: use that one
    } catch (IOException e) {
      throw new SecretKeyException(
          "cannot create the secret key file "
              + keyFile
              + " ("
              + e.getClass().getSimpleName()
              + "); set REGDESK_SECRET_KEY or make the data directory writable");
    }
  }

  private static SecretKey readFile(Path keyFile) {
    String text;
    try {
      if (supportsPosix(keyFile)) {
        Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(keyFile);
        if (!OWNER_ANY.containsAll(permissions)) {
          throw new SecretKeyException(
              "the secret key file "
                  + keyFile
                  + " is accessible to other users (mode "
                  + PosixFilePermissions.toString(permissions)
                  + "); run: chmod 600 "
                  + keyFile);
        }
      }
      text = Files.readString(keyFile, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new SecretKeyException(
          "cannot read the secret key file " + keyFile + " (" + e.getClass().getSimpleName() + ")");
    }
    return decode(text.strip(), "the secret key file " + keyFile);
  }

  private static SecretKey decode(String base64Key, String source) {
    byte[] key;
    try {
      key = Base64.getDecoder().decode(base64Key.strip());
    } catch (IllegalArgumentException e) {
      throw new SecretKeyException(
          source
              + " is not valid base64; it must hold 32 random bytes in base64"
              + " (e.g. from: openssl rand -base64 32)");
    }
    if (key.length != KEY_BYTES) {
      throw new SecretKeyException(
          source
              + " must hold exactly 32 bytes (256 bits) in base64, found "
              + key.length
              + " bytes (e.g. from: openssl rand -base64 32)");
    }
    return new SecretKeySpec(key, "AES");
  }

  private static boolean supportsPosix(Path path) {
    return Files.getFileAttributeView(path, PosixFileAttributeView.class) != null;
  }
}
