package org.regdesk.app.domain;

import java.util.List;
import org.regdesk.app.storage.SearchWords;
import org.regdesk.registrar.spi.value.DomainName;

/**
 * The words a domain is found by: those of its name in ASCII and in Unicode form ({@code
 * green-bakery.com} has {@code green}, {@code bakery}, {@code com}), cut and encoded as {@link
 * SearchWords} does for customers too, so one search text selects both a domain's own words and its
 * customer's.
 */
final class DomainSearchTerms {

  private DomainSearchTerms() {}

  /**
   * The words of a name, ASCII and Unicode forms.
   *
   * @param name the domain
   * @return the terms, UTF-8
   */
  static List<byte[]> of(DomainName name) {
    return SearchWords.stored(List.of(name.ascii(), name.unicode()));
  }
}
