package org.regdesk.registrar.spi.value;

import java.util.Arrays;
import java.util.Collection;
import java.util.Set;

/**
 * Tells which suffixes names are registered under, so that {@link DomainName#parse} can split
 * {@code shop.com.es} into {@code shop} + {@code com.es} rather than {@code shop.com} + {@code es}.
 *
 * <p>The SPI depends on the JDK only, so it ships no list: the host backs this with a public suffix
 * list, and a plugin with its registrar's TLD list. A list built from a public suffix list should
 * answer {@code true} for wildcard matches too (for {@code foo.ck} under {@code *.ck}).
 */
@FunctionalInterface
public interface SuffixList {

  /**
   * Whether names are registered directly under this suffix.
   *
   * @param suffix a candidate suffix
   * @return true if {@code <label>.<suffix>} is a registrable name
   */
  boolean contains(Tld suffix);

  /**
   * A fixed list.
   *
   * @param suffixes the known suffixes
   * @return a list that contains exactly these suffixes
   */
  static SuffixList of(Collection<Tld> suffixes) {
    Set<Tld> known = Set.copyOf(suffixes);
    return known::contains;
  }

  /**
   * A fixed list from text.
   *
   * @param suffixes suffixes such as {@code com} or {@code .com.es}
   * @return a list that contains exactly these suffixes
   * @throws InvalidValueException if a suffix is malformed
   */
  static SuffixList of(String... suffixes) {
    return of(Arrays.stream(suffixes).map(Tld::of).toList());
  }
}
