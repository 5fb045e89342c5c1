package org.regdesk.registrar.spi.descriptor;

import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.regdesk.registrar.spi.internal.Require;

/**
 * An extra rule a setting or field value must follow, beyond its type: a pattern such as a contact
 * ID format, or any check the plugin codes. The host runs it on every value before saving, and
 * shows the {@link #description()} when a value breaks it.
 */
public interface ValueRule {

  /**
   * The rule in words, completing "must …", e.g. {@code be LETTERS-DIGITS, as in ABC-123456}.
   *
   * @return the description
   */
  String description();

  /**
   * Whether a (non-blank) value follows the rule.
   *
   * @param value the value, trimmed
   * @return true if accepted
   */
  boolean accepts(String value);

  /**
   * The regular expression the whole value must match, when the rule is one; hosts may use it for
   * client-side checks as well.
   *
   * @return the Java regular expression, or empty for a coded rule
   */
  default Optional<String> regex() {
    return Optional.empty();
  }

  /**
   * A rule that the whole value matches a regular expression.
   *
   * @param regex a Java regular expression
   * @param description the rule in words, completing "must …"
   * @return the rule
   * @throws IllegalArgumentException if the expression does not compile
   */
  static ValueRule matching(String regex, String description) {
    Require.present("regex", regex);
    try {
      return new PatternRule(Pattern.compile(regex), Require.line("description", description, 200));
    } catch (PatternSyntaxException e) {
      throw new IllegalArgumentException("regex: does not compile: " + e.getDescription(), e);
    }
  }

  /**
   * A rule coded as a predicate.
   *
   * @param description the rule in words, completing "must …"
   * @param test accepts the valid values
   * @return the rule
   */
  static ValueRule of(String description, Predicate<String> test) {
    return new PredicateRule(
        Require.line("description", description, 200), Require.present("test", test));
  }
}
