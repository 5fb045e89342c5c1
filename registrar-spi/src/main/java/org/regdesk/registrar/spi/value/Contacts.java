package org.regdesk.registrar.spi.value;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.regdesk.registrar.spi.internal.Require;

/**
 * The contacts to send for some or all of a domain's {@link ContactRole roles}. Registration and
 * transfer need all four ({@link #isComplete()}); a contact update may send only the roles that
 * change.
 *
 * @param byRole the contact per role; at least one role
 */
public record Contacts(Map<ContactRole, RoleContact> byRole) {

  /**
   * Copies the map and checks that it is not empty.
   *
   * @param byRole the contact per role; at least one role
   */
  public Contacts {
    Map<ContactRole, RoleContact> copy = Require.mapOf("contacts", byRole);
    if (copy.isEmpty()) {
      throw new InvalidValueException("contacts", "at least one role is required");
    }
    // An EnumMap keeps the roles in their natural order for iteration and display.
    byRole = Collections.unmodifiableMap(new EnumMap<>(copy));
  }

  /**
   * Contacts for all four roles.
   *
   * @param owner the registrant
   * @param admin the administrative contact
   * @param tech the technical contact
   * @param billing the billing contact
   * @return complete contacts
   */
  public static Contacts of(
      RoleContact owner, RoleContact admin, RoleContact tech, RoleContact billing) {
    Map<ContactRole, RoleContact> map = new EnumMap<>(ContactRole.class);
    map.put(ContactRole.OWNER, Require.present("contacts.owner", owner));
    map.put(ContactRole.ADMIN, Require.present("contacts.admin", admin));
    map.put(ContactRole.TECH, Require.present("contacts.tech", tech));
    map.put(ContactRole.BILLING, Require.present("contacts.billing", billing));
    return new Contacts(map);
  }

  /**
   * The same contact in every role, the usual case for a private customer.
   *
   * @param contact the contact for all four roles
   * @return complete contacts
   */
  public static Contacts allRoles(RoleContact contact) {
    return of(contact, contact, contact, contact);
  }

  /**
   * A contact for a single role, e.g. for an update of the tech contact only.
   *
   * @param role the role
   * @param contact its contact
   * @return contacts with one role
   */
  public static Contacts only(ContactRole role, RoleContact contact) {
    return new Contacts(Map.of(Require.present("role", role), contact));
  }

  /**
   * The contact for a role.
   *
   * @param role the role
   * @return its contact, or empty if this set leaves the role out
   */
  public Optional<RoleContact> get(ContactRole role) {
    return Optional.ofNullable(byRole.get(role));
  }

  /**
   * The roles present.
   *
   * @return the roles, in {@link ContactRole} order
   */
  public Set<ContactRole> roles() {
    return byRole.isEmpty() ? EnumSet.noneOf(ContactRole.class) : EnumSet.copyOf(byRole.keySet());
  }

  /**
   * Whether all four roles are present.
   *
   * @return true if owner, admin, tech and billing are all given
   */
  public boolean isComplete() {
    return byRole.size() == ContactRole.values().length;
  }

  /**
   * Checks that all four roles are present.
   *
   * @return this
   * @throws InvalidValueException naming {@code contacts.<role>} for each missing role
   */
  public Contacts requireComplete() {
    if (!isComplete()) {
      Set<ContactRole> missing = EnumSet.allOf(ContactRole.class);
      missing.removeAll(byRole.keySet());
      throw new InvalidValueException(
          missing.stream()
              .map(
                  role ->
                      new FieldError(
                          "contacts." + role.name().toLowerCase(java.util.Locale.ROOT),
                          "is required"))
              .toList());
    }
    return this;
  }
}
