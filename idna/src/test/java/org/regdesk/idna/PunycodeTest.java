package org.regdesk.idna;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.regdesk.idna.Alphabets.SEED;
import static org.regdesk.idna.Alphabets.range;
import static org.regdesk.idna.Alphabets.textOf;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** RFC 3492 Punycode, on the RFC's own samples (section 7.1) and on random text. */
class PunycodeTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "Arabic (Egyptian), ليهمابتكلموشعربي؟, egbpdaj6bu4bxfgehfvwxn",
    "Chinese (simplified), 他们为什么不说中文, ihqwcrb4cv8a8dqg056pqjye",
    "Chinese (traditional), 他們爲什麽不說中文, ihqwctvzc91f659drss3x8bo0yb",
    "Czech, Pročprostěnemluvíčesky, Proprostnemluvesky-uyb24dma41a",
    "Hebrew, למההםפשוטלאמדבריםעברית, 4dbcagdahymbxekheh6e0a7fei0b",
    "Russian, почемужеонинеговорятпорусски, b1abfaaepdrnnbgefbadotcwatmq2g4l",
    "Spanish, PorquénopuedensimplementehablarenEspañol, PorqunopuedensimplementehablarenEspaol-fmd56a",
    "German, bücher, bcher-kva"
  })
  void the_rfc_samples_encode_and_decode(String language, String unicode, String encoded) {
    assertThat(Punycode.encode(unicode)).isEqualTo(encoded);
    assertThat(Punycode.decode(encoded)).isEqualTo(unicode);
  }

  @Test
  void digits_decode_in_either_case_and_basic_letters_keep_theirs() {
    // the RFC's Russian sample is printed with one upper-case digit: "...gefbaDotcwa..."
    assertThat(Punycode.decode("b1abfaaepdrnnbgefbaDotcwatmq2g4l"))
        .isEqualTo("почемужеонинеговорятпорусски");
    assertThat(Punycode.decode("Bcher-KVA")).isEqualTo("Bücher");
  }

  @Test
  void text_without_non_ascii_characters_gets_a_trailing_delimiter() {
    assertThat(Punycode.encode("abc")).isEqualTo("abc-");
    assertThat(Punycode.decode("abc-")).isEqualTo("abc");
    assertThat(Punycode.encode("")).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "ü-tda", // a non-ASCII character before the delimiter
        "a!", // not a base-36 digit
        "-tda", // a delimiter with nothing before it is read as a digit
        "9", // a digit that needs another after it
        "zzzzzzzzzzzzzz", // overflow
        "99999999999999999999" // a code point beyond U+10FFFF
      })
  void broken_punycode_is_refused(String encoded) {
    assertThatThrownBy(() -> Punycode.decode(encoded))
        .isInstanceOfSatisfying(
            IdnaException.class,
            e -> assertThat(e.violation()).isEqualTo(IdnaViolation.INVALID_PUNYCODE));
  }

  @Test
  void a_surrogate_code_point_is_refused() {
    // a first delta of 0xD800 - 128 inserts U+D800, half of a surrogate pair, not a character
    String surrogate = deltaToDigits(0xD800 - 128);
    assertThat(Punycode.decode(deltaToDigits(0xD7FF - 128))).isEqualTo("\uD7FF");
    assertThatThrownBy(() -> Punycode.decode(surrogate))
        .isInstanceOfSatisfying(
            IdnaException.class,
            e -> assertThat(e.violation()).isEqualTo(IdnaViolation.INVALID_PUNYCODE));
  }

  /** The digits of one first delta, bias 72, the way RFC 3492 §6.3 writes them. */
  private static String deltaToDigits(int delta) {
    StringBuilder out = new StringBuilder();
    int q = delta;
    for (int k = 36; ; k += 36) {
      int t = k <= 72 ? 1 : Math.min(k - 72, 26);
      if (q < t) {
        break;
      }
      int d = t + (q - t) % (36 - t);
      out.append((char) (d < 26 ? 'a' + d : '0' + d - 26));
      q = (q - t) / (36 - t);
    }
    out.append((char) (q < 26 ? 'a' + q : '0' + q - 26));
    return out.toString();
  }

  @Test
  void any_text_decodes_to_itself() {
    String letters =
        range('a', 'z')
            + range('A', 'Z')
            + "-0123456789"
            + range('\u00e0', '\u00ff')
            + range('\u0430', '\u044f')
            + range('\u4e00', '\u4eff')
            + "\uD83D\uDE00\uD801\uDC37";
    qt().withFixedSeed(SEED)
        .withExamples(1000)
        .forAll(textOf(letters, 0, 40))
        .checkAssert(text -> assertThat(Punycode.decode(Punycode.encode(text))).isEqualTo(text));
  }

  @Test
  void any_ascii_text_decodes_or_is_refused_with_the_punycode_violation() {
    qt().withFixedSeed(SEED)
        .withExamples(2000)
        .forAll(textOf(range('a', 'z') + "0123456789-", 0, 20))
        .checkAssert(
            encoded -> {
              try {
                Punycode.decode(encoded);
              } catch (IdnaException e) {
                assertThat(e.violation()).isEqualTo(IdnaViolation.INVALID_PUNYCODE);
              }
            });
  }
}
