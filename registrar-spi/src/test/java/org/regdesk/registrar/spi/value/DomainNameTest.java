package org.regdesk.registrar.spi.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DomainNameTest {

  private static final SuffixList SUFFIXES = SuffixList.of("com", "es", "com.es", "org.es", "рф");

  @Test
  void multi_label_suffix_is_split_at_the_longest_known_suffix() {
    DomainName name = DomainName.parse("shop.com.es", SUFFIXES);

    assertThat(name.label()).isEqualTo("shop");
    assertThat(name.tld()).isEqualTo(Tld.of("com.es"));
    assertThat(name.ascii()).isEqualTo("shop.com.es");
  }

  @Test
  void single_label_suffix_is_used_when_the_longer_one_is_unknown() {
    DomainName name = DomainName.parse("shop.es", SUFFIXES);

    assertThat(name).isEqualTo(DomainName.of("shop", "es"));
  }

  @Test
  void upper_case_surrounding_space_and_a_trailing_dot_are_normalised() {
    assertThat(DomainName.parse("  Shop.COM.es. ", SUFFIXES).ascii()).isEqualTo("shop.com.es");
  }

  @Test
  void unicode_names_are_held_as_punycode_and_shown_in_unicode() {
    DomainName name = DomainName.parse("España.com", SUFFIXES);

    assertThat(name.ascii()).isEqualTo("xn--espaa-rta.com");
    assertThat(name.unicode()).isEqualTo("españa.com");
    assertThat(name.isInternationalised()).isTrue();
    assertThat(DomainName.parse("xn--espaa-rta.com", SUFFIXES)).isEqualTo(name);
  }

  @Test
  void sharp_s_is_a_letter_of_its_own_as_in_idna2008_never_ss() {
    DomainName name = DomainName.of("straße", "de");

    assertThat(name.ascii()).isEqualTo("xn--strae-oqa.de");
    assertThat(name.unicode()).isEqualTo("straße.de");
    assertThat(name).isNotEqualTo(DomainName.of("strasse", "de"));
    assertThat(DomainName.parse("XN--STRAE-OQA.de", SuffixList.of("de"))).isEqualTo(name);
    assertThat(DomainName.parse("Straße.DE", SuffixList.of("de"))).isEqualTo(name);
  }

  @Test
  void final_sigma_is_kept() {
    DomainName name = DomainName.of("βόλος", "com");

    assertThat(name.ascii()).isEqualTo("xn--nxasmm1c.com");
    assertThat(name.unicode()).isEqualTo("βόλος.com");
    assertThat(name).isNotEqualTo(DomainName.of("βόλοσ", "com"));
  }

  @Test
  void a_cyrillic_name_is_the_same_in_unicode_and_in_xn_form() {
    assertThat(DomainName.parse("xn--e1afmkfd.xn--p1ai", SUFFIXES))
        .isEqualTo(DomainName.parse("ПРИМЕР.РФ", SUFFIXES))
        .isEqualTo(DomainName.of("пример", "рф"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "xn--zz", // not Punycode
        "xn--n3h", // a snowman: IDNA2003 allowed it, IDNA2008 does not
        "xn--strasse-", // Punycode of ASCII only
        "ab--cd", // the third and fourth positions are reserved for xn--
        "a\u200db" // a joiner outside its context
      })
  void labels_idna2008_refuses_are_refused_naming_the_rule(String label) {
    assertThatThrownBy(() -> DomainName.of(label, "com"))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.errors()).extracting(FieldError::field).containsOnly("domain");
              assertThat(e.getMessage()).startsWith("domain: '" + label + "' ");
            });
  }

  @Test
  void the_rule_broken_is_named() {
    assertThatThrownBy(() -> DomainName.of("-shop", "com"))
        .hasMessage("domain: '-shop' starts or ends with a hyphen");
    assertThatThrownBy(() -> DomainName.of("sh_op", "com"))
        .hasMessage(
            "domain: 'sh_op' contains U+005F (LOW LINE), which IDNA2008 does not allow in names"
                + " (only letters, digits, marks and hyphens)");
  }

  @Test
  void idn_suffixes_are_held_as_punycode() {
    DomainName name = DomainName.parse("пример.рф", SUFFIXES);

    assertThat(name.tld().ascii()).isEqualTo("xn--p1ai");
    assertThat(name.unicode()).isEqualTo("пример.рф");
  }

  @Test
  void ideographic_full_stops_separate_labels() {
    assertThat(DomainName.parse("shop\u3002com", SUFFIXES).ascii()).isEqualTo("shop.com");
  }

  @Test
  void a_sub_domain_is_refused_and_the_registrable_name_is_named() {
    assertThatThrownBy(() -> DomainName.parse("www.shop.com.es", SUFFIXES))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.errors())
                  .singleElement()
                  .extracting(FieldError::field)
                  .isEqualTo("domain");
              assertThat(e.getMessage()).contains("sub-domain").contains("'shop.com.es'");
            });
  }

  @Test
  void a_registry_suffix_is_not_a_registrable_name() {
    assertThatThrownBy(() -> DomainName.parse("com.es", SUFFIXES))
        .hasMessage("domain: 'com.es' is a registry suffix, not a registrable name");
  }

  @Test
  void an_unknown_suffix_is_refused() {
    assertThatThrownBy(() -> DomainName.parse("shop.invalid", SUFFIXES))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("domain: 'shop.invalid' does not end in a known TLD");
  }

  @Test
  void a_bare_label_is_refused() {
    assertThatThrownBy(() -> DomainName.parse("shop", SUFFIXES))
        .hasMessage("domain: 'shop' needs a label and a TLD");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "-bad-.com",
        "bad-.com",
        "-bad.com",
        "sh op.com",
        "sh_op.com",
        "a..com",
        ".com",
        "shop!.com",
        "xn--zz.com"
      })
  void malformed_names_are_refused_naming_the_domain_field(String input) {
    assertThatThrownBy(() -> DomainName.parse(input, SUFFIXES))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> assertThat(e.errors()).extracting(FieldError::field).containsOnly("domain"));
  }

  @Test
  void labels_may_be_63_characters_but_not_64() {
    String ok = "a".repeat(63);
    assertThat(DomainName.of(ok, "com").label()).hasSize(63);

    assertThatThrownBy(() -> DomainName.of(ok + "a", "com"))
        .hasMessageContaining("longer than 63 characters");
  }

  @Test
  void the_whole_name_may_not_exceed_253_characters() {
    String longSuffix = String.join(".", "b".repeat(63), "c".repeat(63), "d".repeat(58), "com");
    // 63 + 1 + 190 = 254 characters
    assertThatThrownBy(() -> DomainName.of("a".repeat(63), longSuffix))
        .hasMessage("domain: must be at most 253 characters in ASCII form");
    assertThat(DomainName.of("a".repeat(62), longSuffix).ascii()).hasSize(253);
  }

  @Test
  void of_refuses_a_label_with_dots() {
    assertThatThrownBy(() -> DomainName.of("www.shop", "com"))
        .hasMessage("domain: 'www.shop' must be a single label");
  }

  @Test
  void all_digit_labels_are_allowed_left_of_the_suffix() {
    assertThat(DomainName.parse("123.com", SUFFIXES).label()).isEqualTo("123");
  }

  @Test
  void missing_parts_name_their_field() {
    assertThatThrownBy(() -> DomainName.of(null, Tld.of("com"))).hasMessage("domain: is required");
    assertThatThrownBy(() -> new DomainName("shop", null)).hasMessage("domain: is required");
    assertThatThrownBy(() -> DomainName.parse("  ", SUFFIXES))
        .hasMessage("domain: must not be blank");
  }

  @Test
  void names_sort_and_print_by_their_ascii_form() {
    assertThat(DomainName.of("b", "com")).isGreaterThan(DomainName.of("a", "com"));
    assertThat(DomainName.of("españa", "com")).hasToString("xn--espaa-rta.com");
  }
}
