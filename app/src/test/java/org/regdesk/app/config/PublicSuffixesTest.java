package org.regdesk.app.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.regdesk.registrar.spi.value.DomainName;
import org.regdesk.registrar.spi.value.InvalidValueException;
import org.regdesk.registrar.spi.value.SuffixList;
import org.regdesk.registrar.spi.value.Tld;

class PublicSuffixesTest {

  private final SuffixList suffixes = new PublicSuffixes();

  @Test
  void splitsAtTheLongestRegistrySuffix() {
    assertThat(DomainName.parse("shop.com.es", suffixes))
        .isEqualTo(DomainName.of("shop", "com.es"));
    assertThat(DomainName.parse("Example.CO.UK.", suffixes))
        .isEqualTo(DomainName.of("example", "co.uk"));
    assertThat(DomainName.parse("shop.com", suffixes)).isEqualTo(DomainName.of("shop", "com"));
    assertThat(DomainName.parse("españa.com", suffixes).ascii()).isEqualTo("xn--espaa-rta.com");
  }

  @Test
  void knowsWildcardsAndIgnoresPrivateSuffixes() {
    assertThat(suffixes.contains(Tld.of("foo.ck"))).isTrue();
    assertThat(suffixes.contains(Tld.of("blogspot.com"))).isFalse();
    assertThat(suffixes.contains(Tld.of("notatld"))).isFalse();
  }

  @Test
  void refusesSubDomainsAndBareSuffixesNamingTheField() {
    assertThatThrownBy(() -> DomainName.parse("www.shop.com.es", suffixes))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> assertThat(e.errors().get(0).field()).isEqualTo("domain"))
        .hasMessageContaining("the registrable name is 'shop.com.es'");
    assertThatThrownBy(() -> DomainName.parse("com.es", suffixes))
        .hasMessageContaining("is a registry suffix");
    assertThatThrownBy(() -> DomainName.parse("shop.notatld", suffixes))
        .hasMessageContaining("does not end in a known TLD");
  }
}
