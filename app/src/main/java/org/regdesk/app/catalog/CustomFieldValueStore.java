package org.regdesk.app.catalog;

/**
 * A feature that stores values of custom fields of one kind (customers for customer fields, domains
 * for domain fields). {@link CustomFields} asks every store before it deletes a field, changes its
 * type or drops a choice option, so that no stored value is orphaned or silently becomes invalid.
 *
 * <p>Implement it as a Spring bean in the feature that owns the values; it answers from that
 * feature's own tables.
 */
public interface CustomFieldValueStore {

  /**
   * The kind of fields whose values this store holds.
   *
   * @return the kind
   */
  CustomFieldKind kind();

  /**
   * How many values of a field are stored.
   *
   * @param fieldId the field's id
   * @return the count
   */
  long countValues(long fieldId);

  /**
   * How many stored values of a field equal a text, e.g. a choice option about to be dropped.
   *
   * @param fieldId the field's id
   * @param value the canonical value
   * @return the count
   */
  long countValuesEqualTo(long fieldId, String value);
}
