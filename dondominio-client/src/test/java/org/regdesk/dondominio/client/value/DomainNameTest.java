package org.regdesk.dondominio.client.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.IDN;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
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

  @Provide
  Arbitrary<String> ldhLabels() {
    Arbitrary<String> middle =
        Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyz0123456789-").ofMaxLength(20);
    Arbitrary<Character> edge =
        Arbitraries.of("abcdefghijklmnopqrstuvwxyz0123456789".toCharArray()).map(c -> c);
    return Combinators.combine(edge, middle, edge)
        .as((a, m, b) -> a + m + b)
        .filter(l -> !(l.length() >= 4 && l.charAt(2) == '-' && l.charAt(3) == '-'));
  }

  @Provide
  Arbitrary<String> tlds() {
    return Arbitraries.of("com", "es", "com.es", "org.es", "co.uk", "gal", "barcelona", "xn--p1ai");
  }

  @Property
  void validAsciiNamesAreKeptAsGivenInLowerCase(
      @ForAll("ldhLabels") String sld, @ForAll("tlds") String tld) {
    String text = sld + "." + tld;
    DomainName name = DomainName.of(text.toUpperCase(java.util.Locale.ROOT));
    assertThat(name.ascii()).isEqualTo(text);
    assertThat(name.parentSuffix()).isEqualTo(tld);
  }

  @Provide
  Arbitrary<String> spanishLabels() {
    return Arbitraries.strings()
        .withChars("abcdefghijklmnopqrstuvwxyzñáéíóúüç")
        .ofMinLength(1)
        .ofMaxLength(20);
  }

  @Property
  void idnLabelsEncodeLikeIdna2003WhereBothAgree(
      @ForAll("spanishLabels") String label, @ForAll("tlds") String tld) {
    String text = label + "." + tld;
    DomainName name = DomainName.of(text);
    assertThat(name.ascii()).isEqualTo(IDN.toASCII(text));
    assertThat(name.unicode()).isEqualTo(IDN.toUnicode(name.ascii()));
    assertThat(DomainName.of(name.ascii())).isEqualTo(name);
  }

  @Property
  void punycodeRoundTrips(@ForAll("unicodeLetters") String text) {
    assertThat(Punycode.decode(Punycode.encode(text))).isEqualTo(text);
  }

  @Provide
  Arbitrary<String> unicodeLetters() {
    return Arbitraries.strings()
        .withCharRange('a', 'z')
        .withCharRange('\u00e0', '\u00ff')
        .withCharRange('\u0430', '\u044f')
        .withCharRange('\u4e00', '\u4eff')
        .ofMinLength(1)
        .ofMaxLength(30);
  }

  @Property
  void garbageIsRefusedWithTheFieldNamedNeverWithAnotherException(@ForAll String text) {
    try {
      DomainName name = DomainName.of(text);
      assertThat(DomainName.of(name.ascii())).isEqualTo(name);
    } catch (InvalidRequestValueException e) {
      assertThat(e.field()).isEqualTo("domain");
    }
  }
}
