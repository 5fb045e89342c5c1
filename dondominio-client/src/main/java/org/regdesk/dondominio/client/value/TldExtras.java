package org.regdesk.dondominio.client.value;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.StringJoiner;
import org.regdesk.dondominio.client.error.InvalidRequestValueException;
import org.regdesk.dondominio.client.internal.Checks;

/**
 * The registry-specific extra parameters for a create or transfer, each a known {@link
 * TldExtraField} with a value of the field's kind. Which fields a TLD requires is the server's
 * rule; this type only guarantees names and value formats.
 */
public final class TldExtras {
  private static final TldExtras NONE = new TldExtras(new EnumMap<>(TldExtraField.class));
  private final Map<TldExtraField, String> wireValues;

  private TldExtras(EnumMap<TldExtraField, String> wireValues) {
    this.wireValues = Collections.unmodifiableMap(wireValues);
  }

  /** No extra parameters. */
  public static TldExtras none() {
    return NONE;
  }

  /** Starts a builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The wire values by field, in declaration order. */
  public Map<TldExtraField, String> wireValues() {
    return wireValues;
  }

  /** Whether no field is set. */
  public boolean isEmpty() {
    return wireValues.isEmpty();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof TldExtras && ((TldExtras) other).wireValues.equals(wireValues);
  }

  @Override
  public int hashCode() {
    return wireValues.hashCode();
  }

  /** Shows the values, secret ones masked. */
  @Override
  public String toString() {
    StringJoiner text = new StringJoiner(", ", "TldExtras{", "}");
    wireValues.forEach(
        (field, value) -> text.add(field + "=" + (field.isSecret() ? "****" : value)));
    return text.toString();
  }

  /** Builds {@link TldExtras}; each setter checks that the field takes that kind of value. */
  public static final class Builder {
    private final EnumMap<TldExtraField, String> values = new EnumMap<>(TldExtraField.class);

    private Builder() {}

    /** Sets a text field. */
    public Builder text(TldExtraField field, String value) {
      expect(field, TldExtraField.Kind.TEXT);
      values.put(field, Checks.text(value, field.parameterName()));
      return this;
    }

    /** Sets a date field; sent as {@code YYYY-MM-DD}. */
    public Builder date(TldExtraField field, LocalDate value) {
      expect(field, TldExtraField.Kind.DATE);
      Checks.required(value, field.parameterName());
      values.put(field, value.format(DateTimeFormatter.ISO_LOCAL_DATE));
      return this;
    }

    /** Sets a flag field; sent as {@code 1} or {@code 0}. */
    public Builder flag(TldExtraField field, boolean value) {
      expect(field, TldExtraField.Kind.BOOLEAN);
      values.put(field, value ? "1" : "0");
      return this;
    }

    /** The owner's date of birth (.fr, .hk, .it, .ru …). */
    public Builder ownerDateOfBirth(LocalDate date) {
      return date(TldExtraField.OWNER_DATE_OF_BIRTH, date);
    }

    /** The intended use of the domain (.cat, .eus, .gal, .scot …). */
    public Builder domainIntendedUse(String text) {
      return text(TldExtraField.DOMAIN_INTENDED_USE, text);
    }

    /** Builds. */
    public TldExtras build() {
      return values.isEmpty() ? NONE : new TldExtras(new EnumMap<>(values));
    }

    private static void expect(TldExtraField field, TldExtraField.Kind kind) {
      Checks.required(field, "TLD extra field");
      if (field.kind() != kind) {
        throw new InvalidRequestValueException(
            field.parameterName(),
            "takes a " + field.kind().name().toLowerCase(java.util.Locale.ROOT) + " value");
      }
    }
  }
}
