package org.regdesk.dondominio.client.testing;

import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import java.util.stream.Collectors;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** QuickTheories generators the property tests share. */
public final class Generators {
  /** The seed every property test runs with, so a failure reproduces on every run. */
  public static final long SEED = 20_260_110L;

  private Generators() {}

  /** Strings of {@code min} to {@code max} characters, each drawn from {@code alphabet}. */
  public static Gen<String> textOf(String alphabet, int min, int max) {
    List<Integer> codePoints = alphabet.codePoints().boxed().toList();
    return lists()
        .of(Generate.pick(codePoints))
        .ofSizeBetween(min, max)
        .map(points -> points.stream().map(Character::toString).collect(Collectors.joining()));
  }

  /** One character of {@code alphabet}. */
  public static Gen<String> charOf(String alphabet) {
    return textOf(alphabet, 1, 1);
  }
}
