package org.regdesk.app.storage;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The words records are found by, and the index ranges a search reads: one definition for every
 * feature, because a domain search also reads its customer's words and both must be cut and encoded
 * alike.
 *
 * <p>A word is a run of letters and digits, lower-cased, accents dropped ({@code García-López} →
 * {@code garcia}, {@code lopez}; {@code green-bakery.com} → {@code green}, {@code bakery}, {@code
 * com}). Words are stored as UTF-8 bytes: the words beginning with a prefix are then exactly the
 * byte strings from the prefix up to the prefix with its last byte raised by one, a range any
 * B-tree index answers on any database and collation.
 */
public final class SearchWords {

  /** Longer words are cut to this many characters, in the index and in searches alike. */
  public static final int MAX_WORD_LENGTH = 64;

  /** A search uses at most this many words; further words are ignored. */
  public static final int MAX_SEARCH_WORDS = 8;

  private SearchWords() {}

  /**
   * The range of stored words that begin with one search word.
   *
   * @param from the word's bytes (inclusive)
   * @param to the first byte string after every word beginning with it (exclusive)
   */
  public record Range(byte[] from, byte[] to) {}

  /**
   * The words of a text.
   *
   * @param text any text, may be null
   * @return the distinct words, in order
   */
  public static List<String> words(String text) {
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
        words.add(cut(word));
      }
    }
    return List.copyOf(words);
  }

  /**
   * The distinct words of several texts as stored: UTF-8 bytes.
   *
   * @param texts the texts (nulls ignored)
   * @return each distinct word once
   */
  public static List<byte[]> stored(Collection<String> texts) {
    Set<String> words = new LinkedHashSet<>();
    for (String text : texts) {
      words.addAll(words(text));
    }
    return words.stream().map(w -> w.getBytes(StandardCharsets.UTF_8)).toList();
  }

  /**
   * The ranges a search asks for, one per search word.
   *
   * @param query what was typed in the search box; null or blank for none
   * @return the ranges, at most {@value #MAX_SEARCH_WORDS}; empty when the query has no word
   */
  public static List<Range> ranges(String query) {
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

  private static String cut(String word) {
    if (word.length() <= MAX_WORD_LENGTH) {
      return word;
    }
    int end = MAX_WORD_LENGTH;
    if (Character.isHighSurrogate(word.charAt(end - 1))) {
      end--;
    }
    return word.substring(0, end);
  }
}
