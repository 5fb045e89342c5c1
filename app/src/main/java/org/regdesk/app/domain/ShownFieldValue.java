package org.regdesk.app.domain;

/**
 * A domain custom field value as pages and the API show it.
 *
 * @param key the field's stable key
 * @param name the field's display name
 * @param value the value as people read it, or {@code ****} for a secret
 * @param secret whether the registrar plugin declares the field secret (shown masked)
 */
public record ShownFieldValue(String key, String name, String value, boolean secret) {

  /** What a secret value is shown as. */
  public static final String MASK = "****";
}
