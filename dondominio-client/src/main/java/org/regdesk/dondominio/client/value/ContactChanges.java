package org.regdesk.dondominio.client.value;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.regdesk.dondominio.client.error.InvalidRequestValueException;
import org.regdesk.dondominio.client.internal.Checks;

/**
 * New contacts for some roles of an existing domain ({@code domain/updatecontacts}, {@code
 * domain/update updateType=contact}). Roles left out keep their current contact; at least one role
 * must be given.
 *
 * @param owner new registrant, optional
 * @param admin new administrative contact, optional
 * @param tech new technical contact, optional
 * @param billing new billing contact, optional
 */
public record ContactChanges(
    Optional<ContactRef> owner,
    Optional<ContactRef> admin,
    Optional<ContactRef> tech,
    Optional<ContactRef> billing) {

  /** Checks that at least one role is given. */
  public ContactChanges {
    Checks.optional(owner, "ownerContact");
    Checks.optional(admin, "adminContact");
    Checks.optional(tech, "techContact");
    Checks.optional(billing, "billingContact");
    if (owner.isEmpty() && admin.isEmpty() && tech.isEmpty() && billing.isEmpty()) {
      throw new InvalidRequestValueException("contacts", "at least one role must be given");
    }
  }

  /** A change of one role. */
  public static ContactChanges of(ContactRole role, ContactRef contact) {
    Checks.required(role, "role");
    Checks.required(contact, role.parameterPrefix());
    return new ContactChanges(
        role == ContactRole.OWNER ? Optional.of(contact) : Optional.empty(),
        role == ContactRole.ADMIN ? Optional.of(contact) : Optional.empty(),
        role == ContactRole.TECH ? Optional.of(contact) : Optional.empty(),
        role == ContactRole.BILLING ? Optional.of(contact) : Optional.empty());
  }

  /** A copy that also changes {@code role}. */
  public ContactChanges and(ContactRole role, ContactRef contact) {
    Checks.required(contact, role.parameterPrefix());
    return new ContactChanges(
        role == ContactRole.OWNER ? Optional.of(contact) : owner,
        role == ContactRole.ADMIN ? Optional.of(contact) : admin,
        role == ContactRole.TECH ? Optional.of(contact) : tech,
        role == ContactRole.BILLING ? Optional.of(contact) : billing);
  }

  /** The roles that change, in role order. */
  public Map<ContactRole, ContactRef> byRole() {
    Map<ContactRole, ContactRef> map = new EnumMap<>(ContactRole.class);
    owner.ifPresent(c -> map.put(ContactRole.OWNER, c));
    admin.ifPresent(c -> map.put(ContactRole.ADMIN, c));
    tech.ifPresent(c -> map.put(ContactRole.TECH, c));
    billing.ifPresent(c -> map.put(ContactRole.BILLING, c));
    return map;
  }
}
