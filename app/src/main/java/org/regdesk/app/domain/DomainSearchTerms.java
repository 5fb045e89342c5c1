package org.regdesk.app.domain;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.regdesk.registrar.spi.value.DomainName;

/**
 * The words domains are found by, and the byte ranges a search reads. Words are lower case without
 * accents, split at anything that is not a letter or digit ({@code green-bakery.com} has {@code
 * green}, {@code bakery}, {@code com}), held as UTF-8 bytes: the encoding of the customers' search
 * words too, so one search text selects both a domain's own words and its customer's.
 */
final class DomainSearchTerms {

  /** Longest word kept; longer words are cut. */
  static final int MAX_WORD_LENGTH = 64;

  /** Words of a search beyond this many are ignored. */
  static final int MAX_SEARCH_WORDS = 8;

  private DomainSearchTerms() {}

  /**
   * A prefix range: every term from {@code from} up to, not including, {@code to}.
   *
   * @param from the word's bytes
   * @param to the word's bytes with the last one raised by one
   */
  record Range(byte[] from, byte[] to) {}

  static List<String> words(String text) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    String folded =
        Normalizer.normalize(text, Normalizer.Form.NFKD)
            .replaceAll("\\p{M}+", "")
            .toLowerCase(Locale.ROOT);
    Set<String> words = new LinkedHashSet<>();
    for (String word : folded.split("[^\\p{L}\\p{N}]+")) {
      if (!word.isEmpty()) {
        words.add(
            word.length() <= MAX_WORD_LENGTH
                ? word
                : word.substring(
                    0,
                    Character.isHighSurrogate(word.charAt(MAX_WORD_LENGTH - 1))
                        ? MAX_WORD_LENGTH - 1
                        : MAX_WORD_LENGTH));
      }
    }
    return List.copyOf(words);
  }

  /**
   * The words of a name, ASCII and Unicode forms.
   *
   * @param name the domain
   * @return the terms, UTF-8
   */
  static List<byte[]> of(DomainName name) {
    Set<String> words = new LinkedHashSet<>(words(name.ascii()));
    words.addAll(words(name.unicode()));
    return words.stream().map(w -> w.getBytes(StandardCharsets.UTF_8)).toList();
  }

  /**
   * The ranges of a search, one per word.
   *
   * @param query the search text
   * @return the ranges, at most {@value #MAX_SEARCH_WORDS}
   */
  static List<Range> search(String query) {
    List<Range> ranges = new ArrayList<>();
    for (String word : words(query)) {
      if (ranges.size() == MAX_SEARCH_WORDS) {
        break;
      }
      byte[] from = word.getBytes(StandardCharsets.UTF_8);
      byte[] to = from.clone();
      // UTF-8 never holds the byte 0xFF, so the last byte can always be raised by one
      to[to.length - 1]++;
      ranges.add(new Range(from, to));
    }
    return ranges;
  }
}
