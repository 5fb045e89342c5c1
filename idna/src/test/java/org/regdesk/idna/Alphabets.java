package org.regdesk.idna;

import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import java.util.stream.Collectors;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** QuickTheories generators of text drawn from given characters. */
final class Alphabets {
  /** The seed every property test runs with, so a failure reproduces on every run. */
  static final long SEED = 20_261_128L;

  private Alphabets() {}

  /** Strings of {@code min} to {@code max} code points, each drawn from {@code alphabet}. */
  static Gen<String> textOf(String alphabet, int min, int max) {
    List<Integer> codePoints = alphabet.codePoints().boxed().toList();
    return lists()
        .of(Generate.pick(codePoints))
        .ofSizeBetween(min, max)
        .map(points -> points.stream().map(Character::toString).collect(Collectors.joining()));
  }

  /** Every character from {@code first} to {@code last}. */
  static String range(char first, char last) {
    StringBuilder chars = new StringBuilder();
    for (char c = first; c <= last; c++) {
      chars.append(c);
    }
    return chars.toString();
  }
}
