package org.regdesk.idna;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.IDN;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Names and labels converted under IDNA2008, and the rules that refuse them. */
class IdnaTest {

  private static void assertRefused(String name, IdnaViolation violation) {
    assertThatThrownBy(() -> Idna.toAscii(name))
        .as(name)
        .isInstanceOfSatisfying(
            IdnaException.class, e -> assertThat(e.violation()).isEqualTo(violation));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "straße.de, xn--strae-oqa.de",
    "βόλος.com, xn--nxasmm1c.com",
    "пример.рф, xn--e1afmkfd.xn--p1ai",
    "bücher.de, xn--bcher-kva.de",
    "españa.es, xn--espaa-rta.es",
    "例え.jp, xn--r8jz45g.jp",
    "col·legi.cat, xn--collegi-xma.cat",
    "شبكة.com, xn--ngbc5azd.com",
    "ශ්\u200dරී.lk, xn--10cl1a0b660p.lk",
    "نامه\u200cای.ir, xn--mgba3gch31f060k.ir",
    "example-shop.com, example-shop.com"
  })
  void names_convert_to_ascii_and_back(String unicode, String ascii) {
    assertThat(Idna.toAscii(unicode)).isEqualTo(ascii);
    assertThat(Idna.toUnicode(ascii)).isEqualTo(unicode);
    assertThat(Idna.toAscii(ascii)).isEqualTo(ascii);
  }

  @Test
  void sharp_s_and_final_sigma_are_letters_of_their_own_not_mapped_as_idna2003_does() {
    assertThat(Idna.toAscii("straße.de")).isNotEqualTo(Idna.toAscii("strasse.de"));
    assertThat(IDN.toASCII("straße.de"))
        .as("IDNA2003 registers another domain")
        .isEqualTo("strasse.de");
    assertThat(Idna.toAscii("βόλος.com")).isNotEqualTo(Idna.toAscii("βόλοσ.com"));
    assertThat(Idna.toUnicode("xn--nxasmm1c.com")).isEqualTo("βόλος.com").contains("ς");
  }

  @Test
  void a_name_in_unicode_and_in_xn_form_is_the_same_name() {
    assertThat(Idna.toAscii("Straße.DE")).isEqualTo(Idna.toAscii("XN--STRAE-OQA.de"));
    assertThat(Idna.toUnicode("xn--strae-oqa.DE")).isEqualTo("straße.de");
    assertThat(Idna.toUnicode("ПРИМЕР.РФ")).isEqualTo("пример.рф");
  }

  @Test
  void input_is_lower_cased_and_normalised_to_form_c() {
    assertThat(Idna.toAscii("B\u0075\u0308cher.DE")).isEqualTo("xn--bcher-kva.de");
    assertThat(Idna.labelToUnicode("STRASSE")).isEqualTo("strasse");
    assertThat(Idna.labelToUnicode("ẞ")).as("capital sharp s").isEqualTo("ß");
  }

  @Test
  void ideographic_full_stops_separate_labels() {
    assertThat(Idna.toAscii("例え\u3002jp")).isEqualTo("xn--r8jz45g.jp");
    assertThat(Idna.labels("a\uFF0Eb\uFF61c")).containsExactly("a", "b", "c");
  }

  @Test
  void joiners_pass_only_in_their_context() {
    // ZWJ after a virama (Sinhala), ZWNJ between joining Arabic letters (Persian)
    assertThat(Idna.labelToAscii("ශ්\u200dරී")).isEqualTo("xn--10cl1a0b660p");
    assertThat(Idna.labelToAscii("نامه\u200cای")).isEqualTo("xn--mgba3gch31f060k");
    for (String label : List.of("a\u200db", "a\u200cb", "\u200cab", "ab\u200d")) {
      assertThatThrownBy(() -> Idna.labelToAscii(label))
          .isInstanceOfSatisfying(
              IdnaException.class,
              e -> {
                assertThat(e.violation()).isEqualTo(IdnaViolation.CONTEXT_RULE);
                assertThat(e.getMessage()).contains("U+200").contains("ZERO WIDTH");
              });
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "l·l between two l, col·legi, true",
    "middle dot elsewhere, co·legi, false",
    "keraia before Greek, ͵α, true",
    "keraia before Latin, ͵a, false",
    "geresh after Hebrew, א׳, true",
    "geresh after Latin, a׳, false",
    "katakana middle dot with katakana, ・ア, true",
    "katakana middle dot alone, a・b, false",
    "extended Arabic-Indic digits, ۱۲, true",
    "Arabic-Indic digits mixed with extended, ب٠۱, false"
  })
  void contexto_characters_pass_only_in_their_context(String what, String label, boolean ok) {
    if (ok) {
      assertThat(Idna.labelToUnicode(Idna.labelToAscii(label))).isEqualTo(label);
    } else {
      assertThatThrownBy(() -> Idna.labelToAscii(label))
          .isInstanceOfSatisfying(
              IdnaException.class,
              e -> assertThat(e.violation()).isEqualTo(IdnaViolation.CONTEXT_RULE));
    }
  }

  @Test
  void right_to_left_labels_follow_the_bidi_rule() {
    assertThat(Idna.toAscii("אבג1.com")).startsWith("xn--");
    assertThat(Idna.toAscii("shop.شبكة")).isEqualTo("shop.xn--ngbc5azd");
    assertRefused("1אבג.com", IdnaViolation.BIDI_RULE); // starts with a digit
    assertRefused("אבגabc.com", IdnaViolation.BIDI_RULE); // Latin inside a right-to-left label
    assertRefused("abcאבג.com", IdnaViolation.BIDI_RULE); // Hebrew inside a left-to-right label
    assertRefused("١٢٣.com", IdnaViolation.BIDI_RULE); // Arabic-Indic digits only
    assertRefused("ب1٢.com", IdnaViolation.BIDI_RULE); // European and Arabic digits together
  }

  @Test
  void characters_outside_letters_digits_marks_and_hyphens_are_refused_and_named() {
    assertThatThrownBy(() -> Idna.toAscii("exa_mple.com"))
        .isInstanceOf(IdnaException.class)
        .hasMessage(
            "contains U+005F (LOW LINE), which IDNA2008 does not allow in names (only letters,"
                + " digits, marks and hyphens)");
    for (String name :
        List.of(
            "exa mple.com",
            "emoji😀.com",
            "a@b.com",
            "ｅｘａｍｐｌｅ.com", // full-width letters: IDNA2008 leaves mapping them to the user
            "price€.com",
            "a\u00ad.com", // soft hyphen
            "\u2163.com", // Roman numeral four
            "a\ufe0f.com", // variation selector
            "ᾳ.com", // iota subscript folds to an iota
            "\u1100.com", // a conjoining jamo
            "xn--" + Punycode.encode("ꭰꭱ") + ".com" // Cherokee small letters fold to capitals
            )) {
      assertRefused(name, IdnaViolation.DISALLOWED_CHARACTER);
    }
  }

  @Test
  void letters_idna2003_would_map_are_kept_where_idna2008_allows_them() {
    assertThat(Idna.labelToUnicode("ı")).as("dotless i").isEqualTo("ı");
    assertThat(Idna.labelToUnicode("ꭰꭱ")).as("Cherokee folds to capitals").isEqualTo("ᎠᎡ");
    assertThat(Idna.labelToUnicode("ᎠᎡ")).isEqualTo("ᎠᎡ");
  }

  @Test
  void a_combining_mark_may_not_start_a_label() {
    assertThatThrownBy(() -> Idna.toAscii("\u0301a.com"))
        .isInstanceOfSatisfying(
            IdnaException.class,
            e -> {
              assertThat(e.violation()).isEqualTo(IdnaViolation.LEADING_COMBINING_MARK);
              assertThat(e.codePoint()).isEqualTo(0x0301);
            });
  }

  @Test
  void hyphen_rules() {
    assertRefused("-shop.com", IdnaViolation.HYPHEN_AT_START_OR_END);
    assertRefused("shop-.com", IdnaViolation.HYPHEN_AT_START_OR_END);
    assertRefused("ñandú-.com", IdnaViolation.HYPHEN_AT_START_OR_END);
    assertRefused("ab--cd.com", IdnaViolation.RESERVED_HYPHENS);
    assertRefused("ab--ñu.com", IdnaViolation.RESERVED_HYPHENS);
    assertRefused("xn--ñu.com", IdnaViolation.RESERVED_HYPHENS);
    assertRefused("xn--.com", IdnaViolation.HYPHEN_AT_START_OR_END);
    assertThat(Idna.toAscii("a-b--c.com")).isEqualTo("a-b--c.com");
  }

  @Test
  void broken_xn_labels_are_refused_with_the_reason() {
    assertRefused("xn--zz.com", IdnaViolation.INVALID_PUNYCODE);
    assertRefused("xn--a!b.com", IdnaViolation.DISALLOWED_CHARACTER);
    // an xn-- label of ASCII letters only ends in the Punycode delimiter
    assertRefused("xn--strasse-.de", IdnaViolation.HYPHEN_AT_START_OR_END);
    // an upper-case letter encoded inside the label: a U-label never holds one
    assertRefused("xn--" + Punycode.encode("Ü") + ".de", IdnaViolation.DISALLOWED_CHARACTER);
    // a decomposed ü: its A-label differs from the composed one and is not a valid A-label
    assertRefused("xn--" + Punycode.encode("bu\u0308cher") + ".de", IdnaViolation.NOT_NFC);
    // an A-label for a U-label that breaks a rule: a Latin joiner
    assertRefused("xn--" + Punycode.encode("a\u200db") + ".com", IdnaViolation.CONTEXT_RULE);
    // java.net.IDN's encoding of a symbol, which IDNA2003 allowed
    assertRefused(IDN.toASCII("☃.com"), IdnaViolation.DISALLOWED_CHARACTER);
  }

  @Test
  void labels_may_have_63_ascii_characters_and_names_253() {
    String label63 = "a".repeat(63);
    assertThat(Idna.labelToAscii(label63)).hasSize(63);
    assertRefused(label63 + "a.com", IdnaViolation.LABEL_TOO_LONG);
    // 59 ü encode to "xn--" plus 60 or more characters
    assertRefused("ü".repeat(59) + ".com", IdnaViolation.LABEL_TOO_LONG);
    String longest = String.join(".", label63, label63, label63, "a".repeat(57), "com");
    assertThat(Idna.toAscii(longest)).hasSize(253);
    assertRefused("a." + longest, IdnaViolation.NAME_TOO_LONG);
    // Unicode labels count in their ASCII form: the shortest Unicode label that overflows
    String prefix = String.join(".", label63, label63, label63) + ".";
    String idn = "ü".repeat(5);
    while (prefix.length() + Idna.labelToAscii(idn).length() <= 253) {
      idn += "a";
    }
    assertThat(prefix + idn).hasSizeLessThan(253);
    assertRefused(prefix + idn, IdnaViolation.NAME_TOO_LONG);
  }

  @Test
  void lengths_count_after_normalisation() {
    // 64 code points as typed, 56 in form C: the A-label fits in 63 characters
    String label = "a".repeat(48) + "e\u0301".repeat(8);
    assertThat(label.codePoints().count()).isEqualTo(64);
    assertThat(Idna.labelToAscii(label)).hasSize(63);
    String name = String.join(".", label, label, label, "a".repeat(46) + "e\u0301".repeat(8));
    assertThat(name.codePoints().count()).isEqualTo(257);
    assertThat(Idna.toAscii(name)).hasSize(253);
    assertRefused("a".repeat(100_000) + ".com", IdnaViolation.NAME_TOO_LONG);
    assertThatThrownBy(() -> Idna.labelToAscii("ü".repeat(100_000)))
        .isInstanceOfSatisfying(
            IdnaException.class,
            e -> assertThat(e.violation()).isEqualTo(IdnaViolation.LABEL_TOO_LONG));
  }

  @Test
  void empty_labels_are_refused() {
    for (String name : List.of("", ".", "a..b", ".com", "shop.com.", "shop\u3002")) {
      assertRefused(name, IdnaViolation.EMPTY_LABEL);
    }
  }

  @Test
  void messages_name_the_rule_and_never_the_name() {
    for (IdnaViolation violation : IdnaViolation.values()) {
      assertThat(violation.describe(-1)).doesNotContain("%s").isNotBlank();
      assertThat(violation.describeLabel(0x00B7)).doesNotContain("%s").isNotBlank();
    }
    assertThat(IdnaViolation.HYPHEN_AT_START_OR_END.describe(-1))
        .isEqualTo("has a label that starts or ends with a hyphen");
    assertThat(IdnaViolation.HYPHEN_AT_START_OR_END.describeLabel(-1))
        .isEqualTo("starts or ends with a hyphen");
    assertThat(IdnaViolation.INVALID_PUNYCODE.describe(-1))
        .isEqualTo("has an xn-- label that is not valid Punycode");
    assertThat(IdnaViolation.CONTEXT_RULE.describe(0x00B7)).contains("U+00B7 (MIDDLE DOT)");
    assertThatThrownBy(() -> Idna.toAscii("secret-name..com"))
        .message()
        .doesNotContain("secret-name");
  }
}
