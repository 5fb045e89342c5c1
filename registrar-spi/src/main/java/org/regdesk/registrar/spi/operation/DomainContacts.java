package org.regdesk.registrar.spi.operation;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.regdesk.registrar.spi.internal.Require;
import org.regdesk.registrar.spi.value.ContactRole;

/**
 * The contacts a registrar reports for a domain, by role. A role is missing when the registrar did
 * not report it (e.g. a listing that includes only the owner).
 *
 * @param byRole the contacts reported, by role
 */
public record DomainContacts(Map<ContactRole, ContactRecord> byRole) {

  /** No contacts reported. */
  public static final DomainContacts NONE = new DomainContacts(Map.of());

  /**
   * Copies the map, keeping roles in their natural order.
   *
   * @param byRole the contacts reported, by role
   */
  public DomainContacts {
    Map<ContactRole, ContactRecord> copy = Require.mapOf("contacts", byRole);
    byRole = copy.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(copy));
  }

  /**
   * The contact in a role.
   *
   * @param role the role
   * @return the contact, or empty if not reported
   */
  public Optional<ContactRecord> get(ContactRole role) {
    return Optional.ofNullable(byRole.get(role));
  }

  /**
   * The owner (registrant).
   *
   * @return the owner, or empty if not reported
   */
  public Optional<ContactRecord> owner() {
    return get(ContactRole.OWNER);
  }
}
