package org.regdesk.app.catalog;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.regdesk.registrar.spi.descriptor.FieldType;

/** How a custom field's value is entered and stored. */
public enum CustomFieldType {
  /** Free text. */
  TEXT("Text"),
  /** A date, stored ISO {@code yyyy-MM-dd}. */
  DATE("Date"),
  /** One of the field's options, stored as the option's value. */
  CHOICE("Choice"),
  /** Yes or no, stored {@code true} or {@code false}. */
  YES_NO("Yes/No"),
  /**
   * Secret text such as a registry password (domain fields only): sealed with the desk's {@code
   * SecretBox} before it is stored, masked wherever it is shown.
   */
  SECRET("Secret");

  private final String label;

  CustomFieldType(String label) {
    this.label = label;
  }

  /**
   * The name shown on screens, e.g. {@code Yes/No}.
   *
   * @return the label
   */
  public String label() {
    return label;
  }

  /**
   * Every type's name, for messages: {@code TEXT, DATE, CHOICE, YES_NO, SECRET}.
   *
   * @return the names joined with commas
   */
  public static String names() {
    return Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "));
  }

  /**
   * The type written in a form or in JSON, in any case, {@code -} standing for {@code _}: {@code
   * text}, {@code YES_NO}, {@code yes-no}.
   *
   * @param text the text, may be null
   * @return the type, or empty when the text names none
   */
  public static Optional<CustomFieldType> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String name = text.strip().toUpperCase(Locale.ROOT).replace('-', '_');
    return Arrays.stream(values()).filter(t -> t.name().equals(name)).findFirst();
  }

  /**
   * The type a plugin's field definition becomes.
   *
   * @param type the plugin's field type
   * @return the custom field type
   */
  public static CustomFieldType of(FieldType type) {
    return switch (type) {
      case TEXT -> TEXT;
      case SECRET -> SECRET;
      case DATE -> DATE;
      case CHOICE -> CHOICE;
      case YES_NO -> YES_NO;
    };
  }

  /**
   * The plugin field type with the same meaning.
   *
   * @return the SPI's field type
   */
  public FieldType toPluginType() {
    return switch (this) {
      case TEXT -> FieldType.TEXT;
      case DATE -> FieldType.DATE;
      case CHOICE -> FieldType.CHOICE;
      case YES_NO -> FieldType.YES_NO;
      case SECRET -> FieldType.SECRET;
    };
  }
}
