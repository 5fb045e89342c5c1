package org.regdesk.app.config;

import com.google.common.net.InternetDomainName;
import org.regdesk.registrar.spi.value.SuffixList;
import org.regdesk.registrar.spi.value.Tld;

/**
 * The desk's {@link SuffixList}: the registry suffixes of the public suffix list bundled with Guava
 * ({@code com}, {@code com.es}, {@code co.uk}, wildcard entries such as {@code *.ck}), so {@code
 * DomainName.parse("shop.com.es", suffixes)} splits into {@code shop} + {@code com.es}. Private
 * suffixes (e.g. {@code blogspot.com}) are not registry suffixes and do not count.
 *
 * <p>Inject the {@code SuffixList} bean ({@link DomainNamesConfig}) rather than creating one.
 */
public final class PublicSuffixes implements SuffixList {

  @Override
  public boolean contains(Tld suffix) {
    try {
      return InternetDomainName.from(suffix.ascii()).isRegistrySuffix();
    } catch (IllegalArgumentException notADomainName) {
      return false;
    }
  }

  @Override
  public String toString() {
    return "PublicSuffixes[Guava public suffix list, registry section]";
  }
}
