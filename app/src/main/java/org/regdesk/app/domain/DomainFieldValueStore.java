package org.regdesk.app.domain;

import org.regdesk.app.catalog.CustomFieldKind;
import org.regdesk.app.catalog.CustomFieldValueStore;
import org.springframework.stereotype.Component;

/** Tells the custom fields service how many domain field values domains hold. */
@Component
public class DomainFieldValueStore implements CustomFieldValueStore {

  private final DomainRepository domains;

  /**
   * Creates the store.
   *
   * @param domains the domains' tables
   */
  public DomainFieldValueStore(DomainRepository domains) {
    this.domains = domains;
  }

  @Override
  public CustomFieldKind kind() {
    return CustomFieldKind.DOMAIN;
  }

  @Override
  public long countValues(long fieldId) {
    return domains.countValues(fieldId);
  }

  @Override
  public long countValuesEqualTo(long fieldId, String value) {
    return domains.countValuesEqualTo(fieldId, value);
  }
}
