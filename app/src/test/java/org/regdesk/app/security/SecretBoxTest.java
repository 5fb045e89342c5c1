package org.regdesk.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretBoxTest {

  private static final String API_KEY = "dd-api-key-7f3a9c";

  @TempDir Path dir;

  private final SecureRandom random = new SecureRandom();

  @Test
  void whatIsStoredIsNotThePlaintextAndOpensBackToIt() {
    SecretBox box = new SecretBox(SecretKeySource.load(null, dir.resolve("k"), random), random);

    String stored = box.seal(API_KEY);

    assertThat(stored).startsWith("v1:").doesNotContain(API_KEY);
    assertThat(box.open(stored)).isEqualTo(API_KEY);
    assertThat(box.seal(API_KEY)).as("a fresh nonce per value").isNotEqualTo(stored);
    assertThat(box.open(box.seal(""))).isEmpty();
    assertThat(box.open(box.seal("ñandú €"))).isEqualTo("ñandú €");
  }

  @Test
  void aTamperedValueIsRefusedWithoutRepeatingIt() {
    SecretBox box = new SecretBox(SecretKeySource.load(null, dir.resolve("k"), random), random);
    String stored = box.seal(API_KEY);
    char last = stored.charAt(stored.length() - 2);
    String tampered =
        stored.substring(0, stored.length() - 2)
            + (last == 'A' ? 'B' : 'A')
            + stored.charAt(stored.length() - 1);

    assertThatThrownBy(() -> box.open(tampered))
        .isInstanceOf(SecretBoxException.class)
        .hasMessageContaining("altered")
        .hasMessageNotContaining(tampered);
    assertThatThrownBy(() -> box.open(stored.substring(0, 10)))
        .isInstanceOf(SecretBoxException.class);
    assertThatThrownBy(() -> box.open(API_KEY))
        .isInstanceOf(SecretBoxException.class)
        .hasMessageNotContaining(API_KEY);
    assertThatThrownBy(() -> box.open("v2:" + stored.substring(3)))
        .isInstanceOf(SecretBoxException.class);
  }

  @Test
  void aValueSealedUnderAnotherKeyIsRefused() {
    SecretBox one = new SecretBox(SecretKeySource.load(null, dir.resolve("one"), random), random);
    SecretBox two = new SecretBox(SecretKeySource.load(null, dir.resolve("two"), random), random);

    assertThatThrownBy(() -> two.open(one.seal(API_KEY))).isInstanceOf(SecretBoxException.class);
  }

  @Test
  void theKeyFileIsCreatedOwnerOnlyAndReusedAcrossStarts() throws IOException {
    Path keyFile = dir.resolve("data").resolve("secret.key");

    SecretKey first = SecretKeySource.load(null, keyFile, random);
    SecretKey second = SecretKeySource.load(" ", keyFile, random);

    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile)))
        .isEqualTo("rw-------");
    assertThat(second.getEncoded()).isEqualTo(first.getEncoded());
    String sealed = new SecretBox(first, random).seal(API_KEY);
    assertThat(new SecretBox(second, random).open(sealed)).isEqualTo(API_KEY);
  }

  @Test
  void aKeyFileOtherUsersCanReadStopsTheStart() throws IOException {
    Path keyFile = dir.resolve("secret.key");
    SecretKeySource.load(null, keyFile, random);
    Files.setPosixFilePermissions(keyFile, PosixFilePermissions.fromString("rw-r--r--"));

    assertThatThrownBy(() -> SecretKeySource.load(null, keyFile, random))
        .isInstanceOf(SecretKeyException.class)
        .hasMessageContaining("accessible to other users")
        .hasMessageContaining("chmod 600 " + keyFile);
  }

  @Test
  void aMalformedKeyStopsTheStartNamingItsSourceButNotItsValue() throws IOException {
    assertThatThrownBy(() -> SecretKeySource.load("not base64 !!", dir.resolve("k"), random))
        .isInstanceOf(SecretKeyException.class)
        .hasMessageContaining("REGDESK_SECRET_KEY")
        .hasMessageNotContaining("not base64 !!");
    String shortKey = Base64.getEncoder().encodeToString(new byte[16]);
    assertThatThrownBy(() -> SecretKeySource.load(shortKey, dir.resolve("k"), random))
        .isInstanceOf(SecretKeyException.class)
        .hasMessageContaining("exactly 32 bytes")
        .hasMessageNotContaining(shortKey);

    Path keyFile = dir.resolve("bad.key");
    Files.createFile(
        keyFile,
        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    Files.writeString(keyFile, "garbage", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> SecretKeySource.load(null, keyFile, random))
        .isInstanceOf(SecretKeyException.class)
        .hasMessageContaining(keyFile.toString());
  }

  @Test
  void aKeyFromTheEnvironmentWinsOverTheFile() {
    byte[] raw = new byte[32];
    random.nextBytes(raw);
    String base64 = Base64.getEncoder().encodeToString(raw);

    SecretKey key = SecretKeySource.load(base64, dir.resolve("unused.key"), random);

    assertThat(key.getEncoded()).isEqualTo(raw);
    assertThat(dir.resolve("unused.key")).doesNotExist();
  }
}
