package org.regdesk.idna;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;
import static org.regdesk.idna.Alphabets.SEED;
import static org.regdesk.idna.Alphabets.range;
import static org.regdesk.idna.Alphabets.textOf;

import java.net.IDN;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Properties over random names: what is accepted converts both ways, nothing else escapes. */
class IdnaPropertiesTest {

  /** Letters of several scripts, marks, joiners, context characters, digits, junk and dots. */
  private static final String MIXED =
      "abcxyzABCXYZ0189-._ ßςσΣ"
          + "äöüÄÖÜñçé\u0301\u0308"
          + "αβγόλ\u0375"
          + "пример"
          + "שלום\u05f3"
          + "بتثنامهای\u200c\u064b١٢۱۲"
          + "कषि\u094d\u200d"
          + "l·ア・日本"
          + "😀€@\u00ad\u3002";

  @Test
  void every_accepted_name_converts_back_and_forth() {
    qt().withFixedSeed(SEED)
        .withExamples(3000)
        .forAll(textOf(MIXED, 1, 25))
        .checkAssert(
            text -> {
              String ascii;
              try {
                ascii = Idna.toAscii(text);
              } catch (IdnaException refused) {
                return;
              }
              assertThat(ascii).matches("[a-z0-9.-]+").hasSizeLessThanOrEqualTo(253);
              String unicode = Idna.toUnicode(text);
              assertThat(Idna.toAscii(ascii)).isEqualTo(ascii);
              assertThat(Idna.toAscii(unicode)).isEqualTo(ascii);
              assertThat(Idna.toUnicode(ascii)).isEqualTo(unicode);
            });
  }

  @Test
  void an_xn_label_is_accepted_only_when_it_re_encodes_to_itself() {
    qt().withFixedSeed(SEED)
        .withExamples(5000)
        .forAll(textOf(range('a', 'z') + "0123456789-", 1, 12))
        .checkAssert(
            tail -> {
              String label = "xn--" + tail;
              String unicode;
              try {
                unicode = Idna.labelToUnicode(label);
              } catch (IdnaException refused) {
                return;
              }
              assertThat(Idna.labelToAscii(unicode)).isEqualTo(label);
              assertThat(unicode).isNotEqualTo(label);
            });
  }

  @Test
  void where_idna2003_and_idna2008_allow_the_same_letters_they_agree() {
    qt().withFixedSeed(SEED)
        .withExamples(1000)
        .forAll(textOf("abcdefghijklmnopqrstuvwxyzñáéíóúüçàèòпримерδοκιμή", 1, 20))
        .checkAssert(
            label -> {
              String name = label + ".com";
              assertThat(Idna.toAscii(name)).isEqualTo(IDN.toASCII(name).toLowerCase(Locale.ROOT));
              assertThat(Idna.toUnicode(Idna.toAscii(name))).isEqualTo(IDN.toUnicode(name));
            });
  }

  @Test
  void any_text_is_converted_or_refused_with_an_idna_exception() {
    qt().withFixedSeed(SEED)
        .withExamples(3000)
        .forAll(strings().allPossible().ofLengthBetween(0, 40))
        .checkAssert(
            text -> {
              try {
                assertThat(Idna.toUnicode(text)).isNotNull();
                assertThat(Idna.toAscii(text)).isNotNull();
              } catch (IdnaException refused) {
                assertThat(refused.getMessage()).isNotBlank();
              }
            });
  }
}
