package org.regdesk.dondominio.sandbox.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DomainNameTest {
  private final TldCatalogue catalogue = TldCatalogue.standard();

  @Test
  void the_longest_catalogue_suffix_wins() {
    DomainName name = DomainName.parse("shop.com.es", catalogue);
    assertThat(name.tld().name()).isEqualTo("com.es");
    assertThat(name.label()).isEqualTo("shop");
    assertThat(DomainName.parse("shop.es", catalogue).tld().name()).isEqualTo("es");
    assertThat(DomainName.parse("tea.co.uk", catalogue).tld().name()).isEqualTo("co.uk");
  }

  @Test
  void idn_names_are_accepted_in_both_spellings() {
    DomainName unicode = DomainName.parse("München-Shop.com", catalogue);
    assertThat(unicode.unicode()).isEqualTo("münchen-shop.com");
    assertThat(unicode.ascii()).startsWith("xn--").endsWith(".com");
    DomainName ascii = DomainName.parse(unicode.ascii(), catalogue);
    assertThat(ascii).isEqualTo(unicode);
    assertThat(ascii.isIdn()).isTrue();
  }

  @Test
  void names_are_normalised_to_lower_case_without_a_trailing_dot() {
    assertThat(DomainName.parse(" Example-Shop.COM. ", catalogue).ascii())
        .isEqualTo("example-shop.com");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "nodot",
        "-lead.com",
        "trail-.com",
        "a..com",
        "a.b.com",
        "under_score.com",
        "sp ace.com",
        "ab--cd.com",
        "xn--zz.com",
        "com.es",
        "co.uk",
        ".com",
        "x.",
        "toolonglabel" + "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.com",
        "münchen.co.uk"
      })
  void invalid_names_are_2001(String input) {
    ApiError error = catchThrowableOfType(ApiError.class, () -> DomainName.parse(input, catalogue));
    assertThat(error).isNotNull();
    assertThat(error.code()).isEqualTo(ErrorCodes.INVALID_DOMAIN_NAME);
  }

  @Test
  void names_follow_idna2008_and_are_never_mapped_to_another_name() {
    DomainName sharpS = DomainName.parse("straße.de", catalogue);
    assertThat(sharpS.ascii()).isEqualTo("xn--strae-oqa.de");
    assertThat(sharpS.unicode()).isEqualTo("straße.de");
    assertThat(DomainName.parse("xn--strae-oqa.de", catalogue)).isEqualTo(sharpS);
    assertThat(DomainName.parse("strasse.de", catalogue)).isNotEqualTo(sharpS);

    DomainName finalSigma = DomainName.parse("βόλος.com", catalogue);
    assertThat(finalSigma.ascii()).isEqualTo("xn--nxasmm1c.com");
    assertThat(DomainName.parse("xn--nxasmm1c.com", catalogue).unicode()).isEqualTo("βόλος.com");

    DomainName cyrillic = DomainName.parse("ПРИМЕР.com", catalogue);
    assertThat(cyrillic.ascii()).isEqualTo("xn--e1afmkfd.com");
    assertThat(DomainName.parse("xn--e1afmkfd.com", catalogue)).isEqualTo(cyrillic);
  }

  @Test
  void joiners_and_the_catalan_middle_dot_pass_where_idna2008_allows_them() {
    assertThat(DomainName.parse("col·legi.cat", catalogue).ascii())
        .isEqualTo("xn--collegi-xma.cat");
    assertThat(DomainName.parse("نامه\u200cای.com", catalogue).ascii())
        .isEqualTo("xn--mgba3gch31f060k.com");
    ApiError joiner =
        catchThrowableOfType(ApiError.class, () -> DomainName.parse("ab\u200dc.com", catalogue));
    assertThat(joiner.code()).isEqualTo(ErrorCodes.INVALID_DOMAIN_NAME);
    assertThat(joiner.messages().get(0)).contains("U+200D (ZERO WIDTH JOINER)");
  }

  @Test
  void a_cyrillic_name_under_an_unsold_zone_is_2002_in_either_spelling() {
    for (String name : new String[] {"пример.рф", "xn--e1afmkfd.xn--p1ai"}) {
      ApiError error =
          catchThrowableOfType(ApiError.class, () -> DomainName.parse(name, catalogue));
      assertThat(error.code()).as(name).isEqualTo(ErrorCodes.TLD_NOT_SUPPORTED);
      assertThat(error.messages().get(0)).isEqualTo("TLD not supported: .xn--p1ai");
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "xn--zz.com", // not Punycode
        "xn--n3h.com", // a snowman, which IDNA2003 allowed
        "xn--strasse-.de", // Punycode of ASCII only
        "xn--bcher-kva-.de" // a trailing hyphen
      })
  void invalid_xn_labels_are_2001_saying_why(String input) {
    ApiError error = catchThrowableOfType(ApiError.class, () -> DomainName.parse(input, catalogue));
    assertThat(error.code()).isEqualTo(ErrorCodes.INVALID_DOMAIN_NAME);
    assertThat(error.messages().get(0)).startsWith("Invalid domain name \"" + input + "\": ");
  }

  @ParameterizedTest
  @ValueSource(strings = {"shop.xyz", "shop.com.xyz", "shop.123", "a.b.c.zz"})
  void unknown_zones_are_2002(String input) {
    ApiError error = catchThrowableOfType(ApiError.class, () -> DomainName.parse(input, catalogue));
    assertThat(error.code()).isEqualTo(ErrorCodes.TLD_NOT_SUPPORTED);
  }
}
