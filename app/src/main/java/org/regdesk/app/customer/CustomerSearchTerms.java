package org.regdesk.app.customer;

import java.util.Arrays;
import java.util.List;
import org.regdesk.app.storage.SearchWords;

/**
 * The words customers are found by: those of their names, organisation and e-mail address, as
 * {@link SearchWords} cuts and encodes them ({@code ana.g@example.org} → {@code ana}, {@code g},
 * {@code example}, {@code org}). A customer matches a search when every word of the search begins
 * some word of theirs.
 */
public final class CustomerSearchTerms {

  private CustomerSearchTerms() {}

  /**
   * The stored words of a customer.
   *
   * @param texts names, organisation, e-mail address (nulls ignored)
   * @return each distinct word as UTF-8 bytes
   */
  static List<byte[]> of(String... texts) {
    return SearchWords.stored(Arrays.asList(texts));
  }
}
