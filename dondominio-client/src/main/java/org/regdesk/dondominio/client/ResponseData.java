package org.regdesk.dondominio.client;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.regdesk.dondominio.client.error.DonDominioTransportException;
import org.regdesk.dondominio.client.internal.Json;
import org.regdesk.dondominio.client.value.Money;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * A tolerant, read-only view of a response's {@code responseData} object, used by the response
 * records to read their fields.
 *
 * <p>The server is a PHP application and its JSON varies: IDs and periods arrive as numbers or as
 * strings, flags as booleans or {@code 0}/{@code 1}, empty lists as {@code []} or {@code {}}, and
 * unknown dates as {@code ""}. Readers here accept all of those and ignore fields they are not
 * asked for. A required field that is missing or unreadable raises a {@link
 * DonDominioTransportException} of kind {@code UNEXPECTED_RESPONSE_DATA} that names the field but
 * never its value (values may be secrets such as auth codes).
 */
public final class ResponseData {
  private final String action;
  private final JsonNode node;
  private final String path;

  ResponseData(String action, JsonNode node, String path) {
    this.action = action;
    this.node = node != null && node.isObject() ? node : Json.emptyObject();
    this.path = path;
  }

  /**
   * Reads a JSON object text, as found in the {@code responseData} of a response; for tests and
   * tools that hold response data outside a call.
   *
   * @param action the action the data belongs to, named in errors
   * @param json a JSON object
   */
  public static ResponseData ofJson(String action, String json) {
    try {
      return new ResponseData(action, Json.mapper().readTree(json), "responseData");
    } catch (JacksonException e) {
      throw new IllegalArgumentException("not JSON", e);
    }
  }

  /** The action whose response this is. */
  public String action() {
    return action;
  }

  /** The names of the fields present, sorted. */
  public Set<String> fieldNames() {
    Set<String> names = new TreeSet<>();
    node.properties().forEach(e -> names.add(e.getKey()));
    return names;
  }

  /** Whether the field is present and not {@code null}. */
  public boolean has(String field) {
    JsonNode value = node.get(field);
    return value != null && !value.isNull();
  }

  /** A required scalar as text (numbers and booleans are converted). */
  public String text(String field) {
    return optionalScalar(field).orElseThrow(() -> unexpected(field, "is missing"));
  }

  /** A scalar as text, or {@code ""} when absent or {@code null}. */
  public String textOrEmpty(String field) {
    return optionalScalar(field).orElse("");
  }

  /** A scalar as text; empty when absent, {@code null} or {@code ""}. */
  public Optional<String> optionalText(String field) {
    return optionalScalar(field).filter(s -> !s.isEmpty());
  }

  /** A required whole number, given as a JSON number or a decimal string. */
  public long integer(String field) {
    return optionalInteger(field).orElseThrow(() -> unexpected(field, "is missing"));
  }

  /** A whole number; empty when absent, {@code null} or {@code ""}. */
  public Optional<Long> optionalInteger(String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return Optional.empty();
    }
    try {
      if (value.isNumber()) {
        return Optional.of(value.decimalValue().longValueExact());
      }
      if (value.isString()) {
        String text = value.stringValue().trim();
        return text.isEmpty()
            ? Optional.empty()
            : Optional.of(new BigDecimal(text).longValueExact());
      }
    } catch (ArithmeticException | NumberFormatException e) {
      throw unexpected(field, "is not a whole number");
    }
    throw unexpected(field, "is not a whole number");
  }

  /** A required flag: {@code true}/{@code false}, {@code 1}/{@code 0} or their strings. */
  public boolean flag(String field) {
    return optionalFlag(field).orElseThrow(() -> unexpected(field, "is missing"));
  }

  /** A flag, {@code false} when absent. */
  public boolean flagOrFalse(String field) {
    return optionalFlag(field).orElse(false);
  }

  /** A flag; empty when absent or {@code null}. */
  public Optional<Boolean> optionalFlag(String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return Optional.empty();
    }
    if (value.isBoolean()) {
      return Optional.of(value.booleanValue());
    }
    if (value.isNumber()) {
      return Optional.of(value.decimalValue().signum() != 0);
    }
    if (value.isString()) {
      switch (value.stringValue().trim().toLowerCase(java.util.Locale.ROOT)) {
        case "1":
        case "true":
        case "yes":
        case "on":
          return Optional.of(true);
        case "":
        case "0":
        case "false":
        case "no":
        case "off":
          return Optional.of(false);
        default:
          break;
      }
    }
    throw unexpected(field, "is not a flag");
  }

  /** A required decimal number, exact as sent. */
  public BigDecimal decimal(String field) {
    return optionalDecimal(field).orElseThrow(() -> unexpected(field, "is missing"));
  }

  /** A decimal number; empty when absent, {@code null} or {@code ""}. */
  public Optional<BigDecimal> optionalDecimal(String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return Optional.empty();
    }
    if (value.isNumber()) {
      return Optional.of(value.decimalValue());
    }
    if (value.isString()) {
      String text = value.stringValue().trim();
      if (text.isEmpty()) {
        return Optional.empty();
      }
      try {
        return Optional.of(new BigDecimal(text));
      } catch (NumberFormatException e) {
        throw unexpected(field, "is not a number");
      }
    }
    throw unexpected(field, "is not a number");
  }

  /** An amount and its currency from two fields, e.g. {@code price} and {@code currency}. */
  public Optional<Money> optionalMoney(String amountField, String currencyField) {
    Optional<BigDecimal> amount = optionalDecimal(amountField);
    Optional<String> currency = optionalText(currencyField);
    if (amount.isEmpty() || currency.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Money(amount.get(), currency(currencyField, currency.get())));
  }

  /** A required amount and its currency. */
  public Money money(String amountField, String currencyField) {
    return new Money(decimal(amountField), currency(currencyField, text(currencyField)));
  }

  private Currency currency(String field, String code) {
    try {
      return Currency.getInstance(code.trim().toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw unexpected(field, "is not an ISO 4217 currency code");
    }
  }

  /**
   * A {@code YYYY-MM-DD} date; empty when absent, {@code null}, {@code ""} or the placeholder
   * {@code 0000-00-00} (the server's "not known yet", e.g. expiry right after a create).
   */
  public Optional<LocalDate> date(String field) {
    Optional<String> text = optionalText(field).map(String::trim).filter(s -> !s.isEmpty());
    if (text.isEmpty() || text.get().startsWith("0000-00-00")) {
      return Optional.empty();
    }
    String value = text.get();
    try {
      // some servers append a time; the date part is what the API documents
      return Optional.of(LocalDate.parse(value.length() > 10 ? value.substring(0, 10) : value));
    } catch (DateTimeParseException e) {
      throw unexpected(field, "is not a YYYY-MM-DD date");
    }
  }

  /** A required text value converted by {@code parser}, e.g. {@code DomainName::of}. */
  public <T> T value(String field, Function<String, T> parser) {
    return optionalValue(field, parser).orElseThrow(() -> unexpected(field, "is missing"));
  }

  /** A text value converted by {@code parser}; empty when absent, {@code null} or {@code ""}. */
  public <T> Optional<T> optionalValue(String field, Function<String, T> parser) {
    Optional<String> text = optionalText(field);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(parser.apply(text.get().trim()));
    } catch (IllegalArgumentException e) {
      throw unexpected(field, "has an invalid value");
    }
  }

  /** A required nested object. */
  public ResponseData object(String field) {
    return optionalObject(field).orElseThrow(() -> unexpected(field, "is missing"));
  }

  /** A nested object; empty when absent, {@code null} or not an object. */
  public Optional<ResponseData> optionalObject(String field) {
    JsonNode value = node.get(field);
    if (value == null || !value.isObject()) {
      return Optional.empty();
    }
    return Optional.of(new ResponseData(action, value, path + "." + field));
  }

  /**
   * A list of objects. Absent, {@code null}, {@code ""} and empty lists give an empty list; a JSON
   * object is read as the list of its values (PHP encodes arrays with gaps as objects).
   */
  public List<ResponseData> objects(String field) {
    JsonNode value = node.get(field);
    List<ResponseData> result = new ArrayList<>();
    if (value == null || value.isNull() || (value.isString() && value.stringValue().isEmpty())) {
      return result;
    }
    if (!value.isArray() && !value.isObject()) {
      throw unexpected(field, "is not a list");
    }
    int index = 0;
    for (JsonNode item : value.values()) {
      if (!item.isObject()) {
        throw unexpected(field + "[" + index + "]", "is not an object");
      }
      result.add(new ResponseData(action, item, path + "." + field + "[" + index + "]"));
      index++;
    }
    return result;
  }

  /**
   * A list of texts. A single string is read as a one-element list (the API documents some such
   * fields either way); absent, {@code null} and {@code ""} give an empty list.
   */
  public List<String> texts(String field) {
    JsonNode value = node.get(field);
    List<String> result = new ArrayList<>();
    if (value == null || value.isNull()) {
      return result;
    }
    if (value.isArray() || value.isObject()) {
      for (JsonNode item : value.values()) {
        if (item.isValueNode() && !item.isNull()) {
          result.add(item.asString());
        }
      }
      return result;
    }
    String text = value.asString();
    if (!text.isEmpty()) {
      result.add(text);
    }
    return result;
  }

  private Optional<String> optionalScalar(String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return Optional.empty();
    }
    if (!value.isValueNode()) {
      throw unexpected(field, "is not a single value");
    }
    if (value.isNumber()) {
      return Optional.of(value.decimalValue().toPlainString());
    }
    return Optional.of(value.asString());
  }

  /** The failure for a field this action needs but could not read. */
  public DonDominioTransportException unexpected(String field, String problem) {
    return new DonDominioTransportException(
        action,
        DonDominioTransportException.Kind.UNEXPECTED_RESPONSE_DATA,
        0,
        path + "." + field + " " + problem,
        1,
        null);
  }

  /** Names the fields only: values may be secrets. */
  @Override
  public String toString() {
    return "ResponseData[" + action + " " + path + " fields=" + fieldNames() + "]";
  }
}
