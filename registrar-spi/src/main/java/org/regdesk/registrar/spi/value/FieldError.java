package org.regdesk.registrar.spi.value;

/**
 * One problem with one input: the stable key of the field and the rule it broke, for example {@code
 * nameservers: needs at least 2 name servers, got 1}.
 *
 * <p>The host shows the message next to the field whose key matches. Messages name the rule and
 * never repeat a secret or personal value.
 *
 * @param field the stable key of the field (a setting key, a TLD field key, or a value field such
 *     as {@code owner.phone}); never a display label
 * @param message what is wrong, in words a customer can read
 */
public record FieldError(String field, String message) {

  /**
   * Checks that both parts are present.
   *
   * @param field the stable key of the field (a setting key, a TLD field key, or a value field such
   *     as {@code owner.phone}); never a display label
   * @param message what is wrong, in words a customer can read
   */
  public FieldError {
    if (field == null || field.isBlank()) {
      throw new IllegalArgumentException("field: is required");
    }
    if (message == null || message.isBlank()) {
      throw new IllegalArgumentException("message: is required");
    }
  }

  /**
   * Returns this error with its field key placed under a parent key, e.g. {@code phone} under
   * {@code owner} becomes {@code owner.phone}.
   *
   * @param parent the parent key
   * @return the re-keyed error
   */
  public FieldError under(String parent) {
    return new FieldError(parent + "." + field, message);
  }

  @Override
  public String toString() {
    return field + ": " + message;
  }
}
