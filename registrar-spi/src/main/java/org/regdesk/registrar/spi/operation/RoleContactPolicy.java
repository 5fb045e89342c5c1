package org.regdesk.registrar.spi.operation;

import java.util.Optional;
import org.regdesk.registrar.spi.internal.Require;
import org.regdesk.registrar.spi.value.ContactHandle;

/**
 * What a registrar's settings say about one contact role: whether an override contact stands in for
 * the customer's data, and whether customers may change the role's contact themselves.
 *
 * @param override the registrar contact used for this role instead of the customer's data, if the
 *     settings name one
 * @param customerMayEdit whether the desk may offer customers to change this role's contact
 */
public record RoleContactPolicy(Optional<ContactHandle> override, boolean customerMayEdit) {

  /** No override, and customers may edit: the customer's own data is used and kept up to date. */
  public static final RoleContactPolicy OPEN = new RoleContactPolicy(Optional.empty(), true);

  /**
   * Checks the parts.
   *
   * @param override the registrar contact used for this role instead of the customer's data, if the
   *     settings name one
   * @param customerMayEdit whether the desk may offer customers to change this role's contact
   */
  public RoleContactPolicy {
    Require.present("override", override);
  }

  /**
   * Whether an override contact is in force for this role.
   *
   * @return true if the settings name an override contact
   */
  public boolean isOverridden() {
    return override.isPresent();
  }
}
