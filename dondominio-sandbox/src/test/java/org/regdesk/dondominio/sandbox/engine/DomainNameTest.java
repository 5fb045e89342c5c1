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

  @ParameterizedTest
  @ValueSource(strings = {"shop.xyz", "shop.com.xyz", "shop.123", "a.b.c.zz"})
  void unknown_zones_are_2002(String input) {
    ApiError error = catchThrowableOfType(ApiError.class, () -> DomainName.parse(input, catalogue));
    assertThat(error.code()).isEqualTo(ErrorCodes.TLD_NOT_SUPPORTED);
  }
}
