package org.regdesk.registrar.spi.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class DomainNamePropertyTest {

  private static final List<String> SUFFIX_TEXTS =
      List.of(
          "com", "es", "com.es", "nom.es", "co.uk", "uk", "gov.co.uk", "xn--p1ai", "рф.xn--p1ai");

  private static final SuffixList SUFFIXES = SuffixList.of(SUFFIX_TEXTS.toArray(String[]::new));

  @Provide
  Arbitrary<String> ldhLabels() {
    Arbitrary<String> inner =
        Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyz0123456789-").ofMaxLength(61);
    Arbitrary<Character> edge =
        Arbitraries.of("abcdefghijklmnopqrstuvwxyz0123456789".toCharArray());
    return Combinators.combine(edge, inner, edge)
        .as((first, middle, last) -> first + middle + last)
        .filter(label -> !label.startsWith("xn--") && label.length() <= 63);
  }

  @Provide
  Arbitrary<String> unicodeLabels() {
    return Arbitraries.strings()
        .withChars("abcdefghijklmnopqrstuvwxyzñáéíóúüçàèòпримерδοκιμή")
        .ofMinLength(1)
        .ofMaxLength(15);
  }

  @Provide
  Arbitrary<String> suffixes() {
    return Arbitraries.of(SUFFIX_TEXTS);
  }

  @Property(seed = "20260301")
  void ascii_names_parse_to_themselves(
      @ForAll("ldhLabels") String label, @ForAll("suffixes") String suffix) {
    String name = label + "." + Tld.of(suffix).ascii();
    Assume.that(!SUFFIXES.contains(Tld.of(name)));

    DomainName parsed = DomainName.parse(name, SUFFIXES);

    assertThat(parsed.ascii()).isEqualTo(name);
    assertThat(parsed.label()).isEqualTo(label);
  }

  @Property(seed = "20260301")
  void the_split_takes_the_longest_known_suffix(
      @ForAll("ldhLabels") String label, @ForAll("suffixes") String suffix) {
    Tld tld = Tld.of(suffix);
    Assume.that(!SUFFIXES.contains(Tld.of(label + "." + tld.ascii())));

    DomainName parsed = DomainName.parse(label + "." + tld.ascii(), SUFFIXES);

    // Every suffix in the list is also registrable on its own, so the longest one must win.
    assertThat(parsed.tld()).isEqualTo(tld);
  }

  @Property(seed = "20260301")
  void a_label_above_a_registrable_name_is_always_refused(
      @ForAll("ldhLabels") String extra,
      @ForAll("ldhLabels") String label,
      @ForAll("suffixes") String suffix) {
    String name = extra + "." + label + "." + Tld.of(suffix).ascii();
    boolean extraPlusLabelIsASuffix =
        SUFFIXES.contains(Tld.of(label + "." + Tld.of(suffix).ascii()));

    if (!extraPlusLabelIsASuffix) {
      assertThatThrownBy(() -> DomainName.parse(name, SUFFIXES))
          .isInstanceOf(InvalidValueException.class)
          .hasMessageContaining("sub-domain");
    }
  }

  @Property(seed = "20260301")
  void unicode_names_round_trip_through_their_ascii_form(
      @ForAll("unicodeLabels") String label, @ForAll("suffixes") String suffix) {
    DomainName fromUnicode = DomainName.of(label, suffix);
    Assume.that(!SUFFIXES.contains(Tld.of(fromUnicode.ascii())));

    DomainName fromAscii = DomainName.parse(fromUnicode.ascii(), SUFFIXES);
    DomainName fromShown = DomainName.parse(fromUnicode.unicode(), SUFFIXES);

    assertThat(fromAscii).isEqualTo(fromUnicode);
    assertThat(fromShown).isEqualTo(fromUnicode);
    assertThat(fromUnicode.unicode()).startsWith(label + ".");
  }

  @Property(seed = "20260301")
  void names_with_a_character_outside_letters_digits_and_hyphens_are_refused(
      @ForAll("ldhLabels") String label,
      @ForAll("suffixes") String suffix,
      @ForAll("forbidden") char forbidden) {
    String name = label + forbidden + "." + Tld.of(suffix).ascii();

    assertThatThrownBy(() -> DomainName.parse(name, SUFFIXES))
        .isInstanceOf(InvalidValueException.class)
        .satisfies(
            e ->
                assertThat(((InvalidValueException) e).errors())
                    .extracting(FieldError::field)
                    .containsOnly("domain"));
  }

  @Provide
  Arbitrary<Character> forbidden() {
    return Arbitraries.of('_', ' ', '!', '/', '@', '*', '+', ',', ':', '=', '~');
  }
}
