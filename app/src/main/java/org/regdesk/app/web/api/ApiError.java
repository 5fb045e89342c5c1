package org.regdesk.app.web.api;

import java.util.List;

/**
 * The body of every API failure:
 *
 * <pre>{@code
 * {"error": "validation_failed", "message": "1 field is invalid",
 *  "fields": [{"field": "tld", "message": "is required"}]}
 * }</pre>
 *
 * @param error a stable code for programs: {@code validation_failed}, {@code malformed_request},
 *     {@code unauthorized}, {@code forbidden}, {@code not_found}, {@code method_not_allowed},
 *     {@code conflict}, {@code unsupported_media_type}, {@code internal_error}
 * @param message a sentence for people
 * @param fields the invalid fields (empty unless {@code validation_failed})
 */
public record ApiError(String error, String message, List<ApiFieldError> fields) {

  /** Copies the list. */
  public ApiError {
    fields = fields == null ? List.of() : List.copyOf(fields);
  }

  /**
   * An error without field details.
   *
   * @param error the code
   * @param message the sentence
   * @return the body
   */
  public static ApiError of(String error, String message) {
    return new ApiError(error, message, List.of());
  }

  /**
   * One invalid field.
   *
   * @param field the field's stable key, e.g. {@code tld} or {@code prices.register}
   * @param message the rule it broke
   */
  public record ApiFieldError(String field, String message) {}
}
