package org.regdesk.dondominio.sandbox;

import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import java.util.stream.Collectors;
import org.quicktheories.core.Gen;

/** QuickTheories generators the property tests share. */
public final class PropertyGenerators {
  /** The seed of every property test in the module: runs are repeatable. */
  public static final long SEED = 20_260_302L;

  private PropertyGenerators() {}

  /** Strings of {@code min} to {@code max} characters drawn from {@code alphabet}. */
  public static Gen<String> stringsOf(String alphabet, int min, int max) {
    List<Character> characters =
        alphabet.chars().mapToObj(c -> (char) c).collect(Collectors.toUnmodifiableList());
    return lists()
        .of(arbitrary().pick(characters))
        .ofSizeBetween(min, max)
        .map(list -> list.stream().map(String::valueOf).collect(Collectors.joining()));
  }

  /** One of the given strings. */
  public static Gen<String> oneOf(String... values) {
    return arbitrary().pick(List.of(values));
  }
}
