package org.regdesk.app.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class SearchWordsTest {

  @Test
  void wordsAreLowerCaseWithoutAccentsSplitAtAnythingButLettersAndDigits() {
    assertThat(SearchWords.words("García-López <ana.g@Example.org> green-bakery.com 2026"))
        .containsExactly(
            "garcia", "lopez", "ana", "g", "example", "org", "green", "bakery", "com", "2026");
    assertThat(SearchWords.words("  ")).isEmpty();
    assertThat(SearchWords.words(null)).isEmpty();
  }

  @Test
  void longWordsAreCutWithoutSplittingACharacter() {
    String longWord = "a".repeat(SearchWords.MAX_WORD_LENGTH - 1) + "\uD840\uDC00" + "b";
    assertThat(SearchWords.words(longWord))
        .containsExactly("a".repeat(SearchWords.MAX_WORD_LENGTH - 1));
    assertThat(SearchWords.words("x".repeat(100))).containsExactly("x".repeat(64));
  }

  @Test
  void aRangeHoldsExactlyTheWordsBeginningWithTheSearchWord() {
    List<SearchWords.Range> ranges = SearchWords.ranges("Bak ñu");
    assertThat(ranges).hasSize(2);
    SearchWords.Range bak = ranges.get(0);
    for (String word : List.of("bak", "bakery", "bakzzzz")) {
      byte[] w = word.getBytes(StandardCharsets.UTF_8);
      assertThat(Arrays.compare(w, bak.from())).as(word).isGreaterThanOrEqualTo(0);
      assertThat(Arrays.compare(w, bak.to())).as(word).isNegative();
    }
    for (String word : List.of("ba", "bal", "bbb")) {
      byte[] w = word.getBytes(StandardCharsets.UTF_8);
      boolean inside = Arrays.compare(w, bak.from()) >= 0 && Arrays.compare(w, bak.to()) < 0;
      assertThat(inside).as(word).isFalse();
    }
    assertThat(new String(ranges.get(1).from(), StandardCharsets.UTF_8)).isEqualTo("nu");
  }

  @Test
  void aSearchReadsAtMostEightWords() {
    assertThat(SearchWords.ranges("a b c d e f g h i j")).hasSize(SearchWords.MAX_SEARCH_WORDS);
  }

  @Test
  void storedWordsAreDistinctAcrossTexts() {
    assertThat(SearchWords.stored(Arrays.asList("Ana García", null, "ana@garcia.example")))
        .extracting(b -> new String(b, StandardCharsets.UTF_8))
        .containsExactly("ana", "garcia", "example");
  }
}
