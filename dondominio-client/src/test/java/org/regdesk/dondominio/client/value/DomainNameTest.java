package org.regdesk.dondominio.client.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;
import static org.regdesk.dondominio.client.testing.Generators.SEED;
import static org.regdesk.dondominio.client.testing.Generators.charOf;
import static org.regdesk.dondominio.client.testing.Generators.textOf;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.regdesk.dondominio.client.error.InvalidRequestValueException;

/** Domain names: LDH syntax, IDNs, multi-label registry suffixes. */
class DomainNameTest {

  @Test
  void idnsAreSentInPunycodeAndShownInUnicode() {
    DomainName name = DomainName.of("España.ES");
    assertThat(name.ascii()).isEqualTo("xn--espaa-rta.es");
    assertThat(name.unicode()).isEqualTo("españa.es");
    assertThat(DomainName.of("xn--espaa-rta.es")).isEqualTo(name);
  }

  @Test
  void knownIdnEncodings() {
    assertThat(DomainName.of("bücher.de").ascii()).isEqualTo("xn--bcher-kva.de");
    assertThat(DomainName.of("mañana.com").ascii()).isEqualTo("xn--maana-pta.com");
    assertThat(DomainName.of("пример.рф").ascii()).isEqualTo("xn--e1afmkfd.xn--p1ai");
    assertThat(DomainName.of("例え.jp").ascii()).isEqualTo("xn--r8jz45g.jp");
  }

  @Test
  void sharpSIsNotSilentlyMappedToSs() {
    // IDNA2003 (java.net.IDN) would register strasse.de instead
    assertThat(DomainName.of("straße.de").ascii()).isEqualTo("xn--strae-oqa.de");
    assertThat(DomainName.of("xn--strae-oqa.de").unicode()).isEqualTo("straße.de");
    assertThat(DomainName.of("straße.de")).isNotEqualTo(DomainName.of("strasse.de"));
  }

  @Test
  void finalSigmaIsKept() {
    // IDNA2003 would turn the final ς into σ, another name
    DomainName name = DomainName.of("βόλος.com");
    assertThat(name.ascii()).isEqualTo("xn--nxasmm1c.com");
    assertThat(name.unicode()).isEqualTo("βόλος.com");
    assertThat(name).isNotEqualTo(DomainName.of("βόλοσ.com"));
  }

  @Test
  void theUnicodeAndTheXnFormAreOneName() {
    assertThat(DomainName.of("ПРИМЕР.РФ")).isEqualTo(DomainName.of("xn--e1afmkfd.xn--p1ai"));
    assertThat(DomainName.of("Straße.DE")).isEqualTo(DomainName.of("XN--STRAE-OQA.DE"));
  }

  @Test
  void joinersAreAllowedOnlyWhereIdna2008AllowsThem() {
    assertThat(DomainName.of("نامه\u200cای.com").ascii()).isEqualTo("xn--mgba3gch31f060k.com");
    assertThatThrownBy(() -> DomainName.of("ab\u200dc.com"))
        .isInstanceOf(InvalidRequestValueException.class)
        .hasMessageContaining("U+200D (ZERO WIDTH JOINER)");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "xn--zz.com", // not Punycode
        "xn--n3h.com", // java.net.IDN's encoding of a snowman, which IDNA2008 disallows
        "xn--strasse-.de", // Punycode of ASCII only
        "xn--bcher-kva-.de" // a trailing hyphen
      })
  void invalidXnLabelsAreRefused(String text) {
    assertThatThrownBy(() -> DomainName.of(text))
        .isInstanceOf(InvalidRequestValueException.class)
        .hasMessageStartingWith("domain: ")
        .hasMessageNotContaining(text);
  }

  @Test
  void multiLabelRegistrySuffixesAreOrdinaryLabels() {
    DomainName name = DomainName.of("ejemplo.com.es");
    assertThat(name.ascii()).isEqualTo("ejemplo.com.es");
    assertThat(name.parentSuffix()).isEqualTo("com.es");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "com",
        ".example.com",
        "example.com.",
        "exa..mple.com",
        "-example.com",
        "example-.com",
        "exa_mple.com",
        "exa mple.com",
        "example.c",
        "example.c0m",
        "example.123",
        "ab--cd.com",
        "xn--zzzzzzz-.com",
        "xn--abc.com",
        "emoji😀.com",
        "a@b.com"
      })
  void invalidNamesAreRefusedNamingTheField(String text) {
    assertThatThrownBy(() -> DomainName.of(text))
        .isInstanceOf(InvalidRequestValueException.class)
        .hasMessageStartingWith("domain: ")
        .satisfies(e -> assertThat(((InvalidRequestValueException) e).field()).isEqualTo("domain"));
  }

  @Test
  void tooLongLabelsAndNamesAreRefused() {
    String label63 = "a".repeat(63);
    assertThat(DomainName.of(label63 + ".com").ascii()).hasSize(67);
    assertThatThrownBy(() -> DomainName.of("a" + label63 + ".com"))
        .hasMessageContaining("longer than 63");
    String name = String.join(".", List.of(label63, label63, label63, "a".repeat(59), "com"));
    assertThatThrownBy(() -> DomainName.of(name)).hasMessageContaining("longer than 253");
  }

  @Test
  void aParseCanNameItsOwnField() {
    assertThatThrownBy(() -> DomainName.parse("bad_name.com", "ownerDomain"))
        .hasMessageStartingWith("ownerDomain: ");
  }

  private static final String LDH_EDGE = "abcdefghijklmnopqrstuvwxyz0123456789";

  /** LDH labels: letters, digits and inner hyphens, never a reserved {@code ab--} prefix. */
  private static Gen<String> ldhLabels() {
    return charOf(LDH_EDGE)
        .zip(
            textOf(LDH_EDGE + "-", 0, 20),
            charOf(LDH_EDGE),
            (first, middle, last) -> first + middle + last)
        .assuming(l -> !(l.length() >= 4 && l.startsWith("--", 2)));
  }

  private static Gen<String> tlds() {
    return Generate.pick(
        List.of("com", "es", "com.es", "org.es", "co.uk", "gal", "barcelona", "xn--p1ai"));
  }

  @Test
  void validAsciiNamesAreKeptAsGivenInLowerCase() {
    qt().withFixedSeed(SEED)
        .withExamples(500)
        .forAll(ldhLabels(), tlds())
        .checkAssert(
            (sld, tld) -> {
              String text = sld + "." + tld;
              DomainName name = DomainName.of(text.toUpperCase(Locale.ROOT));
              assertThat(name.ascii()).isEqualTo(text);
              assertThat(name.parentSuffix()).isEqualTo(tld);
            });
  }

  @Test
  void garbageIsRefusedWithTheFieldNamedNeverWithAnotherException() {
    qt().withFixedSeed(SEED)
        .withExamples(1000)
        .forAll(strings().allPossible().ofLengthBetween(0, 40))
        .checkAssert(
            text -> {
              try {
                DomainName name = DomainName.of(text);
                assertThat(DomainName.of(name.ascii())).isEqualTo(name);
              } catch (InvalidRequestValueException e) {
                assertThat(e.field()).isEqualTo("domain");
              }
            });
  }
}
