package org.regdesk.registrar.spi.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class DomainNamePropertyTest {

  // Fixed so every build checks the same samples; change it locally to explore further.
  private static final long SEED = 20260301L;

  private static final List<String> SUFFIX_TEXTS =
      List.of(
          "com", "es", "com.es", "nom.es", "co.uk", "uk", "gov.co.uk", "xn--p1ai", "рф.xn--p1ai");

  private static final SuffixList SUFFIXES = SuffixList.of(SUFFIX_TEXTS.toArray(String[]::new));

  /**
   * Letters, digits and inner hyphens, 2 to 63 characters, never with "--" in the third and fourth
   * positions: IDNA2008 reserves those for A-labels ("xn--").
   */
  private static Gen<String> ldhLabels() {
    Gen<Character> edge = Alphabet.oneOf("abcdefghijklmnopqrstuvwxyz0123456789");
    Gen<String> inner = Alphabet.stringsOf("abcdefghijklmnopqrstuvwxyz0123456789-", 0, 61);
    return edge.zip(inner, edge, (first, middle, last) -> first + middle + last)
        .assuming(label -> !label.startsWith("--", 2) && label.length() <= 63);
  }

  private static Gen<String> unicodeLabels() {
    return Alphabet.stringsOf("abcdefghijklmnopqrstuvwxyzñáéíóúüçàèòпримерδοκιμή", 1, 15);
  }

  private static Gen<String> suffixes() {
    return Generate.pick(SUFFIX_TEXTS);
  }

  private static Gen<Character> forbidden() {
    return Generate.pick(List.of('_', ' ', '!', '/', '@', '*', '+', ',', ':', '=', '~'));
  }

  @Test
  void ascii_names_parse_to_themselves() {
    qt().withFixedSeed(SEED)
        .withExamples(1000)
        .forAll(ldhLabels(), suffixes())
        .assuming(
            (label, suffix) -> !SUFFIXES.contains(Tld.of(label + "." + Tld.of(suffix).ascii())))
        .checkAssert(
            (label, suffix) -> {
              String name = label + "." + Tld.of(suffix).ascii();

              DomainName parsed = DomainName.parse(name, SUFFIXES);

              assertThat(parsed.ascii()).isEqualTo(name);
              assertThat(parsed.label()).isEqualTo(label);
            });
  }

  @Test
  void the_split_takes_the_longest_known_suffix() {
    qt().withFixedSeed(SEED)
        .withExamples(1000)
        .forAll(ldhLabels(), suffixes())
        .assuming(
            (label, suffix) -> !SUFFIXES.contains(Tld.of(label + "." + Tld.of(suffix).ascii())))
        .checkAssert(
            (label, suffix) -> {
              Tld tld = Tld.of(suffix);

              DomainName parsed = DomainName.parse(label + "." + tld.ascii(), SUFFIXES);

              // Every suffix in the list is also registrable on its own, so the longest one must
              // win.
              assertThat(parsed.tld()).isEqualTo(tld);
            });
  }

  @Test
  void a_label_above_a_registrable_name_is_always_refused() {
    qt().withFixedSeed(SEED)
        .withExamples(1000)
        .forAll(ldhLabels(), ldhLabels(), suffixes())
        .assuming(
            (extra, label, suffix) ->
                !SUFFIXES.contains(Tld.of(label + "." + Tld.of(suffix).ascii())))
        .checkAssert(
            (extra, label, suffix) -> {
              String name = extra + "." + label + "." + Tld.of(suffix).ascii();

              assertThatThrownBy(() -> DomainName.parse(name, SUFFIXES))
                  .isInstanceOf(InvalidValueException.class)
                  .hasMessageContaining("sub-domain");
            });
  }

  @Test
  void unicode_names_round_trip_through_their_ascii_form() {
    qt().withFixedSeed(SEED)
        .withExamples(1000)
        .forAll(unicodeLabels(), suffixes())
        .assuming(
            (label, suffix) -> !SUFFIXES.contains(Tld.of(DomainName.of(label, suffix).ascii())))
        .checkAssert(
            (label, suffix) -> {
              DomainName fromUnicode = DomainName.of(label, suffix);

              DomainName fromAscii = DomainName.parse(fromUnicode.ascii(), SUFFIXES);
              DomainName fromShown = DomainName.parse(fromUnicode.unicode(), SUFFIXES);

              assertThat(fromAscii).isEqualTo(fromUnicode);
              assertThat(fromShown).isEqualTo(fromUnicode);
              assertThat(fromUnicode.unicode()).startsWith(label + ".");
            });
  }

  @Test
  void names_with_a_character_outside_letters_digits_and_hyphens_are_refused() {
    qt().withFixedSeed(SEED)
        .withExamples(1000)
        .forAll(ldhLabels(), suffixes(), forbidden())
        .checkAssert(
            (label, suffix, forbidden) -> {
              String name = label + forbidden + "." + Tld.of(suffix).ascii();

              assertThatThrownBy(() -> DomainName.parse(name, SUFFIXES))
                  .isInstanceOf(InvalidValueException.class)
                  .satisfies(
                      e ->
                          assertThat(((InvalidValueException) e).errors())
                              .extracting(FieldError::field)
                              .containsOnly("domain"));
            });
  }
}
