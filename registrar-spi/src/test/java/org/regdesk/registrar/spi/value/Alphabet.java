package org.regdesk.registrar.spi.value;

import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import java.util.stream.Collectors;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Generators for text drawn from a fixed set of characters, the shape most value-type properties
 * need (DNS labels, hex digests, digit strings).
 */
final class Alphabet {

  private Alphabet() {}

  /** One character of {@code alphabet}, each distinct character equally likely. */
  static Gen<Character> oneOf(String alphabet) {
    return Generate.pick(distinctCharacters(alphabet));
  }

  /**
   * Strings of {@code minLength} to {@code maxLength} characters, every one taken from {@code
   * alphabet}.
   */
  static Gen<String> stringsOf(String alphabet, int minLength, int maxLength) {
    return lists()
        .of(oneOf(alphabet))
        .ofSizeBetween(minLength, maxLength)
        .map(characters -> characters.stream().map(String::valueOf).collect(Collectors.joining()));
  }

  // A character listed twice would otherwise be drawn twice as often as its neighbours.
  private static List<Character> distinctCharacters(String alphabet) {
    return alphabet.chars().distinct().mapToObj(c -> (char) c).toList();
  }
}
