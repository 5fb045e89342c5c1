package org.regdesk.registrar.spi.descriptor;

import java.util.Optional;
import java.util.regex.Pattern;

/** A {@link ValueRule} that the whole value matches a pattern. */
record PatternRule(Pattern pattern, String description) implements ValueRule {

  @Override
  public boolean accepts(String value) {
    return pattern.matcher(value).matches();
  }

  @Override
  public Optional<String> regex() {
    return Optional.of(pattern.pattern());
  }
}
