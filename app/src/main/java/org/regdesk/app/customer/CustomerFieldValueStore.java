package org.regdesk.app.customer;

import org.regdesk.app.catalog.CustomFieldKind;
import org.regdesk.app.catalog.CustomFieldValueStore;
import org.springframework.stereotype.Component;

/** Tells the custom fields service how many customer field values customers hold. */
@Component
public class CustomerFieldValueStore implements CustomFieldValueStore {

  private final CustomerRepository customers;

  /**
   * Creates the store.
   *
   * @param customers the customers' tables
   */
  public CustomerFieldValueStore(CustomerRepository customers) {
    this.customers = customers;
  }

  @Override
  public CustomFieldKind kind() {
    return CustomFieldKind.CUSTOMER;
  }

  @Override
  public long countValues(long fieldId) {
    return customers.countValues(fieldId);
  }

  @Override
  public long countValuesEqualTo(long fieldId, String value) {
    return customers.countValuesEqualTo(fieldId, value);
  }
}
