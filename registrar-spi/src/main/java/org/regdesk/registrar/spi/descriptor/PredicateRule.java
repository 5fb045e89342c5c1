package org.regdesk.registrar.spi.descriptor;

import java.util.function.Predicate;

/** A {@link ValueRule} coded as a predicate. */
record PredicateRule(String description, Predicate<String> test) implements ValueRule {

  @Override
  public boolean accepts(String value) {
    return test.test(value);
  }
}
