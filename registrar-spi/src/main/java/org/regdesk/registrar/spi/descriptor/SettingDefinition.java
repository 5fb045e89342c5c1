package org.regdesk.registrar.spi.descriptor;

import java.util.List;
import java.util.Optional;
import org.regdesk.registrar.spi.internal.Require;
import org.regdesk.registrar.spi.value.FieldError;
import org.regdesk.registrar.spi.value.InvalidValueException;

/**
 * One setting of a plugin, such as its API user name or API key. The host builds the settings form
 * from these, stores each value under the stable {@link #key()} (never under the label, which may
 * be reworded or translated), encrypts {@link SettingType#SECRET secrets}, and checks every value
 * with {@link #check} before saving.
 *
 * <p>Start with {@link #text}, {@link #secret}, {@link #yesNo}, {@link #choice} or {@link
 * #readOnlyText}.
 *
 * @param key the stable key, e.g. {@code apiUsername}
 * @param label the text shown next to the input
 * @param type how the value is entered and stored
 * @param required whether a value is mandatory
 * @param defaultValue the value used when none is stored; for read-only text, the text shown
 * @param description help text shown with the input; may be empty
 * @param options the options of a {@link SettingType#CHOICE}; empty otherwise
 * @param rule an extra rule the value must follow, if any
 */
public record SettingDefinition(
    String key,
    String label,
    SettingType type,
    boolean required,
    Optional<String> defaultValue,
    String description,
    List<ChoiceOption> options,
    Optional<ValueRule> rule) {

  /**
   * Checks the parts, and that the default value passes the setting's own checks.
   *
   * @param key the stable key, e.g. {@code apiUsername}
   * @param label the text shown next to the input
   * @param type how the value is entered and stored
   * @param required whether a value is mandatory
   * @param defaultValue the value used when none is stored; for read-only text, the text shown
   * @param description help text shown with the input; may be empty
   * @param options the options of a {@link SettingType#CHOICE}; empty otherwise
   * @param rule an extra rule the value must follow, if any
   */
  public SettingDefinition {
    InputCheck.key("setting.key", key);
    label = Require.line("setting.label", label, 128);
    Require.present("setting.type", type);
    Require.present("setting.defaultValue", defaultValue);
    description = Require.present("setting.description", description).strip();
    options = InputCheck.options("setting.options", type.shape(), options);
    Require.present("setting.rule", rule);
    if (type == SettingType.SECRET && defaultValue.isPresent()) {
      throw new InvalidValueException("setting.defaultValue", "a secret cannot have a default");
    }
    if (type == SettingType.READ_ONLY_TEXT && (required || defaultValue.isEmpty())) {
      throw new InvalidValueException(
          "setting.defaultValue",
          "read-only text needs its text as the default and is not required");
    }
    if (defaultValue.isPresent()) {
      Optional<FieldError> problem =
          InputCheck.check(key, type.shape(), false, options, rule, defaultValue.get());
      if (problem.isPresent()) {
        throw new InvalidValueException(
            "setting.defaultValue", "the default " + problem.get().message());
      }
    }
  }

  /**
   * Checks one value against the type, options, rule and whether it is required. A missing value is
   * fine when there is a default.
   *
   * @param value the value as text; null or blank means "not set"
   * @return the problem, keyed by {@link #key()}, or empty if the value is fine
   */
  public Optional<FieldError> check(String value) {
    if (type == SettingType.READ_ONLY_TEXT) {
      return Optional.empty();
    }
    boolean mustBeSet = required && defaultValue.isEmpty();
    return InputCheck.check(key, type.shape(), mustBeSet, options, rule, value);
  }

  /**
   * Whether the value is a secret.
   *
   * @return true for {@link SettingType#SECRET}
   */
  public boolean isSecret() {
    return type == SettingType.SECRET;
  }

  /**
   * Starts a text setting.
   *
   * @param key the stable key
   * @param label the display label
   * @return a builder
   */
  public static Builder text(String key, String label) {
    return new Builder(key, label, SettingType.TEXT);
  }

  /**
   * Starts a secret setting.
   *
   * @param key the stable key
   * @param label the display label
   * @return a builder
   */
  public static Builder secret(String key, String label) {
    return new Builder(key, label, SettingType.SECRET);
  }

  /**
   * Starts a yes/no setting.
   *
   * @param key the stable key
   * @param label the display label
   * @return a builder
   */
  public static Builder yesNo(String key, String label) {
    return new Builder(key, label, SettingType.YES_NO);
  }

  /**
   * Starts a choice setting.
   *
   * @param key the stable key
   * @param label the display label
   * @param options the options, at least one
   * @return a builder
   */
  public static Builder choice(String key, String label, List<ChoiceOption> options) {
    return new Builder(key, label, SettingType.CHOICE).options(options);
  }

  /**
   * Starts a read-only text shown to the admin.
   *
   * @param key the stable key
   * @param label the display label
   * @param text the text shown
   * @return a builder
   */
  public static Builder readOnlyText(String key, String label, String text) {
    return new Builder(key, label, SettingType.READ_ONLY_TEXT).defaultValue(text);
  }

  /** Builds a {@link SettingDefinition}; only the key, label and type are needed. */
  public static final class Builder {
    private final String key;
    private final String label;
    private final SettingType type;
    private boolean required;
    private Optional<String> defaultValue = Optional.empty();
    private String description = "";
    private List<ChoiceOption> options = List.of();
    private Optional<ValueRule> rule = Optional.empty();

    private Builder(String key, String label, SettingType type) {
      this.key = key;
      this.label = label;
      this.type = type;
    }

    /**
     * Makes a value mandatory.
     *
     * @return this builder
     */
    public Builder required() {
      this.required = true;
      return this;
    }

    /**
     * Sets the default value.
     *
     * @param value the default
     * @return this builder
     */
    public Builder defaultValue(String value) {
      this.defaultValue = Optional.of(value);
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
     * Builds the definition.
     *
     * @return the definition
     * @throws InvalidValueException if a part is malformed or the default breaks the rules
     */
    public SettingDefinition build() {
      return new SettingDefinition(
          key, label, type, required, defaultValue, description, options, rule);
    }
  }
}
