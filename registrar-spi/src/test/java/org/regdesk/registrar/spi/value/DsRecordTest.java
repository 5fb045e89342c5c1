package org.regdesk.registrar.spi.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class DsRecordTest {

  // Fixed so every build checks the same samples; change it locally to explore further.
  private static final long SEED = 20260301L;

  private static final String SHA256_DIGEST =
      "49FD46E6C4B45C55D4AC69CBD3CD34AC1AFE51DE5A6B1D5D3C2C1B8A7E0F1A2B";

  @Test
  void a_sha256_record_is_normalised_to_lower_case_hex() {
    DsRecord ds = DsRecord.of(12345, 13, 2, SHA256_DIGEST);

    assertThat(ds.digestType()).isEqualTo(DsDigestType.SHA256);
    assertThat(ds.digest()).isEqualTo(SHA256_DIGEST.toLowerCase(java.util.Locale.ROOT));
    assertThat(ds).hasToString("12345 13 2 " + ds.digest());
  }

  @Test
  void a_digest_pasted_in_groups_is_joined() {
    DsRecord ds =
        DsRecord.of(1, 8, 2, "49FD46E6C4B45C55D4AC69CBD3CD34AC 1AFE51DE5A6B1D5D3C2C1B8A7E0F1A2B");

    assertThat(ds.digest()).hasSize(64);
  }

  @Test
  void each_part_is_checked_and_named() {
    assertThatThrownBy(() -> DsRecord.of(70000, 13, 2, SHA256_DIGEST))
        .hasMessage("keyTag: must be between 0 and 65535");
    assertThatThrownBy(() -> DsRecord.of(1, 0, 2, SHA256_DIGEST))
        .hasMessage("algorithm: must be between 1 and 255");
    assertThatThrownBy(() -> DsRecord.of(1, 13, 9, SHA256_DIGEST))
        .hasMessage("digestType: 9 is not a known DS digest type (1-6)");
    assertThatThrownBy(() -> DsRecord.of(1, 13, 2, "xyz"))
        .hasMessage("digest: must be hexadecimal");
    assertThatThrownBy(() -> DsRecord.of(1, 13, 1, SHA256_DIGEST))
        .hasMessage("digest: must be 40 hex characters for digest type 1 (SHA1), got 64");
  }

  private static Gen<DsDigestType> digestTypes() {
    return Generate.enumValues(DsDigestType.class);
  }

  private static Gen<String> hexDigits() {
    return Alphabet.stringsOf("0123456789abcdefABCDEF", 1, 8);
  }

  @Test
  void a_digest_of_exactly_the_demanded_length_is_accepted() {
    qt().withFixedSeed(SEED)
        .withExamples(1000)
        .forAll(
            digestTypes(), integers().between(0, 65535), integers().between(1, 255), hexDigits())
        .checkAssert(
            (type, keyTag, algorithm, seed) -> {
              String digest =
                  seed.repeat(type.digestBytes() * 2 / seed.length() + 1)
                      .substring(0, type.digestBytes() * 2);

              DsRecord ds = DsRecord.of(keyTag, algorithm, type.code(), digest);

              assertThat(ds.digest()).hasSize(type.digestBytes() * 2);
              assertThat(DsDigestType.ofCode(type.code())).contains(type);
            });
  }

  @Test
  void a_digest_of_any_other_length_is_refused() {
    qt().withFixedSeed(SEED)
        .withExamples(1000)
        .forAll(digestTypes(), integers().between(1, 200))
        .assuming((type, length) -> length != type.digestBytes() * 2)
        .checkAssert(
            (type, length) ->
                assertThatThrownBy(() -> DsRecord.of(1, 13, type.code(), "a".repeat(length)))
                    .isInstanceOf(InvalidValueException.class)
                    .hasMessageStartingWith(
                        "digest: must be " + type.digestBytes() * 2 + " hex characters"));
  }
}
