package org.regdesk.registrar.spi.descriptor;

import java.util.List;
import java.util.Optional;
import org.regdesk.registrar.spi.internal.Require;
import org.regdesk.registrar.spi.value.FieldError;

/**
 * One extra field a TLD needs on a domain order (e.g. {@code .aero}'s Aero ID) or one input an
 * action needs (e.g. the auth code of a transfer). The host builds the form field and its
 * validation from this, and links stored answers by the stable {@link #key()}, never by the label.
 *
 * <p>Start with {@link #text}, {@link #secret}, {@link #date}, {@link #yesNo} or {@link #choice}.
 *
 * @param key the stable key the answer is stored and sent under, e.g. {@code aeroId}
 * @param label the text shown next to the field
 * @param type how the value is entered and written
 * @param required whether an answer is mandatory
 * @param options the options of a {@link FieldType#CHOICE}; empty otherwise
 * @param rule an extra rule the value must follow, if any
 * @param description help text shown with the field; may be empty
 */
public record FieldDefinition(
    String key,
    String label,
    FieldType type,
    boolean required,
    List<ChoiceOption> options,
    Optional<ValueRule> rule,
    String description) {

  /**
   * Checks the key, label, and that only choices have options.
   *
   * @param key the stable key the answer is stored and sent under, e.g. {@code aeroId}
   * @param label the text shown next to the field
   * @param type how the value is entered and written
   * @param required whether an answer is mandatory
   * @param options the options of a {@link FieldType#CHOICE}; empty otherwise
   * @param rule an extra rule the value must follow, if any
   * @param description help text shown with the field; may be empty
   */
  public FieldDefinition {
    InputCheck.key("field.key", key);
    label = Require.line("field.label", label, 128);
    Require.present("field.type", type);
    options = InputCheck.options("field.options", type.shape(), options);
    Require.present("field.rule", rule);
    description = Require.present("field.description", description).strip();
  }

  /**
   * Checks one answer against the type, the options, the rule and whether it is required.
   *
   * @param value the answer as text; null or blank means "not answered"
   * @return the problem, keyed by {@link #key()}, or empty if the answer is fine
   */
  public Optional<FieldError> check(String value) {
    return InputCheck.check(key, type.shape(), required, options, rule, value);
  }

  /**
   * Starts a free-text field.
   *
   * @param key the stable key
   * @param label the display label
   * @return a builder
   */
  public static Builder text(String key, String label) {
    return new Builder(key, label, FieldType.TEXT);
  }

  /**
   * Starts a secret text field (masked on screen and in logs).
   *
   * @param key the stable key
   * @param label the display label
   * @return a builder
   */
  public static Builder secret(String key, String label) {
    return new Builder(key, label, FieldType.SECRET);
  }

  /**
   * Starts a date field.
   *
   * @param key the stable key
   * @param label the display label
   * @return a builder
   */
  public static Builder date(String key, String label) {
    return new Builder(key, label, FieldType.DATE);
  }

  /**
   * Starts a yes/no field.
   *
   * @param key the stable key
   * @param label the display label
   * @return a builder
   */
  public static Builder yesNo(String key, String label) {
    return new Builder(key, label, FieldType.YES_NO);
  }

  /**
   * Starts a choice field.
   *
   * @param key the stable key
   * @param label the display label
   * @param options the options, at least one
   * @return a builder
   */
  public static Builder choice(String key, String label, List<ChoiceOption> options) {
    return new Builder(key, label, FieldType.CHOICE).options(options);
  }

  /** Builds a {@link FieldDefinition}; only the key, label and type are needed. */
  public static final class Builder {
    private final String key;
    private final String label;
    private final FieldType type;
    private boolean required;
    private List<ChoiceOption> options = List.of();
    private Optional<ValueRule> rule = Optional.empty();
    private String description = "";

    private Builder(String key, String label, FieldType type) {
      this.key = key;
      this.label = label;
      this.type = type;
    }

    /**
     * Makes an answer mandatory.
     *
     * @return this builder
     */
    public Builder required() {
      this.required = true;
      return this;
    }

    /**
     * Sets the options of a choice.
     *
     * @param options the options
     * @return this builder
     */
    public Builder options(List<ChoiceOption> options) {
      this.options = options;
      return this;
    }

    /**
     * Adds a rule the value must follow.
     *
     * @param rule the rule
     * @return this builder
     */
    public Builder rule(ValueRule rule) {
      this.rule = Optional.of(rule);
      return this;
    }

    /**
     * Sets the help text.
     *
     * @param description the help text
     * @return this builder
     */
    public Builder description(String description) {
      this.description = description;
      return this;
    }

    /**
     * Builds the definition.
     *
     * @return the definition
     * @throws org.regdesk.registrar.spi.value.InvalidValueException if a part is malformed
     */
    public FieldDefinition build() {
      return new FieldDefinition(key, label, type, required, options, rule, description);
    }
  }
}
