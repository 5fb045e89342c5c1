package org.regdesk.dondominio.sandbox.engine;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The zone-specific parameters of §5. A zone's required fields must be present on {@code
 * domain/create} (101 naming the field); dates must be {@code YYYY-MM-DD} in the past, booleans
 * booleans, e-mails e-mails (105). Fields the zone does not use are ignored, as the real service
 * ignores unknown parameters.
 */
final class TldExtras {
  private static final Set<String> DATES = Set.of("ownerDateOfBirth", "ruIssuerDate");
  private static final int MAX_TEXT = 255;

  private TldExtras() {}

  /**
   * The zone's fields that were sent, validated; {@code null} when there are none (the common case,
   * kept allocation-free).
   */
  static Map<String, String> read(Params params, Tld zone, boolean enforceRequired, int today) {
    Map<String, String> values = null;
    for (String field : zone.requiredFields()) {
      Optional<String> value = params.text(field);
      if (value.isEmpty()) {
        if (enforceRequired) {
          throw ApiError.missing(field, "required for ." + zone.name());
        }
        continue;
      }
      values = put(values, field, validate(params, field, value.get(), today));
    }
    for (String field : zone.optionalFields()) {
      Optional<String> value = params.text(field);
      if (value.isPresent()) {
        values = put(values, field, validate(params, field, value.get(), today));
      }
    }
    return values;
  }

  private static Map<String, String> put(Map<String, String> values, String key, String value) {
    Map<String, String> map = values == null ? new LinkedHashMap<>() : values;
    map.put(key, value);
    return map;
  }

  private static String validate(Params params, String field, String value, int today) {
    if (DATES.contains(field)) {
      int day = Dates.parseIsoDay(field, value);
      if (day >= today) {
        throw ApiError.invalid(field, "must be a date in the past");
      }
      return value;
    }
    if (field.endsWith("IsAssocMember")) {
      return String.valueOf(params.optionalFlag(field).orElse(false));
    }
    if (field.equals("xxxEmail") && !ContactForm.isEmail(value)) {
      throw ApiError.invalid(field, "not a valid e-mail address");
    }
    if (value.length() > MAX_TEXT) {
      throw ApiError.invalid(field, "at most " + MAX_TEXT + " characters");
    }
    return value;
  }
}
