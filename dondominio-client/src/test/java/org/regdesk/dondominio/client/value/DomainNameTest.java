package org.regdesk.dondominio.client.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;
import static org.regdesk.dondominio.client.testing.Generators.SEED;
import static org.regdesk.dondominio.client.testing.Generators.charOf;
import static org.regdesk.dondominio.client.testing.Generators.textOf;

import java.net.IDN;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.regdesk.dondominio.client.error.InvalidRequestValueException;
import org.regdesk.dondominio.client.internal.Punycode;

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
  void idnLabelsEncodeLikeIdna2003WhereBothAgree() {
    qt().withFixedSeed(SEED)
        .withExamples(500)
        .forAll(textOf("abcdefghijklmnopqrstuvwxyzñáéíóúüç", 1, 20), tlds())
        .checkAssert(
            (label, tld) -> {
              String text = label + "." + tld;
              DomainName name = DomainName.of(text);
              assertThat(name.ascii()).isEqualTo(IDN.toASCII(text));
              assertThat(name.unicode()).isEqualTo(IDN.toUnicode(name.ascii()));
              assertThat(DomainName.of(name.ascii())).isEqualTo(name);
            });
  }

  @Test
  void punycodeRoundTrips() {
    String letters =
        range('a', 'z')
            + range('\u00e0', '\u00ff')
            + range('\u0430', '\u044f')
            + range('\u4e00', '\u4eff');
    qt().withFixedSeed(SEED)
        .withExamples(500)
        .forAll(textOf(letters, 1, 30))
        .checkAssert(text -> assertThat(Punycode.decode(Punycode.encode(text))).isEqualTo(text));
  }

  private static String range(char from, char to) {
    StringBuilder chars = new StringBuilder();
    for (char c = from; c <= to; c++) {
      chars.append(c);
    }
    return chars.toString();
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
